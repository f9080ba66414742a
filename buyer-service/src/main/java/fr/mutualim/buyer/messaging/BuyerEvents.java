package fr.mutualim.buyer.messaging;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.domain.PurchasingGroup;
import fr.mutualim.chassis.messaging.OutgoingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events buyer-service publishes, documented in docs/events.md. */
public final class BuyerEvents {

    public static final String CANTEENS_TOPIC = "canteens.events";
    public static final String PURCHASES_TOPIC = "purchases.events";
    public static final String GROUPS_TOPIC = "groups.events";
    public static final String CANTEEN_REGISTERED = "fr.mutualim.buyer.canteen-registered.v1";
    public static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    public static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    public static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";
    public static final String PURCHASING_GROUP_CHANGED = "fr.mutualim.buyer.purchasing-group-changed.v1";

    private BuyerEvents() {
    }

    public static OutgoingEvent canteenRegistered(Canteen canteen) {
        CanteenDetails d = canteen.details();
        return new OutgoingEvent(CANTEENS_TOPIC, CANTEEN_REGISTERED, canteen.id().toString(),
                "canteens/" + canteen.id(),
                new CanteenRegisteredV1(canteen.id(), canteen.version(), d.siret(), d.name(), d.type().name(),
                        d.postalCode(), d.commune(), d.inseeCode(), d.departmentCode(), d.latitude(), d.longitude(),
                        d.mealsPerDay(), canteen.registeredAt()));
    }

    /** Keyed by canteen: all purchases of one canteen stay in order on one partition. */
    public static OutgoingEvent purchaseRecorded(Purchase purchase) {
        PurchaseLine l = purchase.line();
        return purchaseEvent(purchase.canteenId(), purchase.id(), PURCHASE_RECORDED,
                new PurchaseRecordedV1(purchase.id(), purchase.canteenId(), purchase.version(), l.date(),
                        l.supplierName(), l.supplierSiret(), l.description(), l.family().name(), labels(l),
                        l.amountExclTax(), l.local(), name(l.localDefinition()), l.localDistanceKm(),
                        purchase.recordedAt()));
    }

    /** The whole corrected line, so that a consumer replaces its copy without reading anything else. */
    public static OutgoingEvent purchaseCorrected(Purchase purchase) {
        PurchaseLine l = purchase.line();
        return purchaseEvent(purchase.canteenId(), purchase.id(), PURCHASE_CORRECTED,
                new PurchaseCorrectedV1(purchase.id(), purchase.canteenId(), purchase.version(), l.date(),
                        l.supplierName(), l.supplierSiret(), l.description(), l.family().name(), labels(l),
                        l.amountExclTax(), l.local(), name(l.localDefinition()), l.localDistanceKm(),
                        purchase.recordedAt(), purchase.correctedAt()));
    }

    /** Carries the version after the last one, so that a stale correction cannot revive the line. */
    public static OutgoingEvent purchaseDeleted(Purchase purchase, Instant deletedAt) {
        return purchaseEvent(purchase.canteenId(), purchase.id(), PURCHASE_DELETED,
                new PurchaseDeletedV1(purchase.id(), purchase.canteenId(), purchase.deletionVersion(), deletedAt));
    }

    /**
     * The group's whole state after a creation, a replacement or a membership change, keyed by group:
     * a consumer replaces its copy when the version is newer.
     */
    public static OutgoingEvent purchasingGroupChanged(PurchasingGroup group) {
        return new OutgoingEvent(GROUPS_TOPIC, PURCHASING_GROUP_CHANGED, group.id().toString(),
                "purchasing-groups/" + group.id(),
                new PurchasingGroupChangedV1(group.id(), group.version(), group.name(), group.coordinator(),
                        group.startDate(), group.endDate(), group.sortedMembers(), group.changedAt()));
    }

    private static OutgoingEvent purchaseEvent(UUID canteenId, UUID purchaseId, String type, Object data) {
        return new OutgoingEvent(PURCHASES_TOPIC, type, canteenId.toString(),
                "canteens/" + canteenId + "/purchases/" + purchaseId, data);
    }

    private static List<String> labels(PurchaseLine line) {
        return line.labels().stream().sorted().map(Enum::name).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Data of {@code canteen-registered.v1}. */
    public record CanteenRegisteredV1(UUID canteenId, long version, String siret, String name, String type,
                                      String postalCode, String commune, String inseeCode, String departmentCode,
                                      BigDecimal latitude, BigDecimal longitude, int mealsPerDay,
                                      Instant registeredAt) {
    }

    /** Data of {@code purchase-recorded.v1}. */
    public record PurchaseRecordedV1(UUID purchaseId, UUID canteenId, long version, LocalDate date,
                                     String supplierName, String supplierSiret, String description, String family,
                                     List<String> labels, BigDecimal amountExclTax, boolean local,
                                     String localDefinition, Integer localDistanceKm, Instant recordedAt) {
    }

    /** Data of {@code purchase-corrected.v1}: the purchase's whole state after the correction. */
    public record PurchaseCorrectedV1(UUID purchaseId, UUID canteenId, long version, LocalDate date,
                                      String supplierName, String supplierSiret, String description, String family,
                                      List<String> labels, BigDecimal amountExclTax, boolean local,
                                      String localDefinition, Integer localDistanceKm, Instant recordedAt,
                                      Instant correctedAt) {
    }

    /** Data of {@code purchase-deleted.v1}. */
    public record PurchaseDeletedV1(UUID purchaseId, UUID canteenId, long version, Instant deletedAt) {
    }

    /** Data of {@code purchasing-group-changed.v1}: the group's whole state as of {@code version}. */
    public record PurchasingGroupChangedV1(UUID groupId, long version, String name, String coordinator,
                                           LocalDate startDate, LocalDate endDate, List<UUID> memberCanteenIds,
                                           Instant changedAt) {
    }
}
