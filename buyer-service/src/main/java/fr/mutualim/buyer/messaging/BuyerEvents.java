package fr.mutualim.buyer.messaging;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.domain.PurchasingGroup;
import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import fr.mutualim.buyer.domain.campaign.DemandLineDetails;
import fr.mutualim.chassis.messaging.OutgoingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The events buyer-service publishes, documented in docs/events.md. */
public final class BuyerEvents {

    public static final String CANTEENS_TOPIC = "canteens.events";
    public static final String PURCHASES_TOPIC = "purchases.events";
    public static final String GROUPS_TOPIC = "groups.events";
    public static final String CAMPAIGNS_TOPIC = "campaigns.events";
    public static final String CANTEEN_REGISTERED = "fr.mutualim.buyer.canteen-registered.v1";
    public static final String CANTEEN_UPDATED = "fr.mutualim.buyer.canteen-updated.v1";
    public static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    public static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    public static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";
    public static final String PURCHASING_GROUP_CHANGED = "fr.mutualim.buyer.purchasing-group-changed.v1";
    public static final String DEMAND_CAMPAIGN_SUBMITTED = "fr.mutualim.buyer.demand-campaign-submitted.v1";

    private BuyerEvents() {
    }

    public static OutgoingEvent canteenRegistered(Canteen canteen) {
        return canteenEvent(CANTEEN_REGISTERED, canteen);
    }

    /** The canteen's whole state after a change of its profile, so that a consumer replaces its copy. */
    public static OutgoingEvent canteenUpdated(Canteen canteen) {
        return canteenEvent(CANTEEN_UPDATED, canteen);
    }

    private static OutgoingEvent canteenEvent(String type, Canteen canteen) {
        CanteenDetails d = canteen.details();
        return new OutgoingEvent(CANTEENS_TOPIC, type, canteen.id().toString(), "canteens/" + canteen.id(),
                new CanteenV1(canteen.id(), canteen.version(), d.siret(), d.name(), d.type().name(), d.postalCode(),
                        d.commune(), d.inseeCode(), d.departmentCode(), d.territory().name(), d.latitude(),
                        d.longitude(), d.mealsPerDay(), d.serviceDaysPerYear(), d.managementMode().name(),
                        d.centralKitchenId(), canteen.registeredAt(), canteen.updatedAt()));
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

    /**
     * A submitted version of a campaign, whole: its lines and a snapshot of its delivery sites (the
     * canteens with a quantity), so that a consumer needs nothing else. Keyed by campaign: a
     * consumer keeps the highest version.
     */
    public static OutgoingEvent demandCampaignSubmitted(DemandCampaign campaign, List<Canteen> sites) {
        List<SiteV1> siteData = sites.stream().sorted(Comparator.comparing(c -> c.id().toString())).map(c -> {
            CanteenDetails d = c.details();
            return new SiteV1(c.id(), d.name(), d.siret(), d.postalCode(), d.commune(), d.inseeCode(),
                    d.departmentCode(), d.latitude(), d.longitude());
        }).toList();
        List<DemandLineV1> lines = campaign.lines().stream().map(line -> {
            DemandLineDetails d = line.details();
            return new DemandLineV1(line.lineId(), line.lineNumber(), d.productLabel(), d.cpvCode(), d.family().name(),
                    new CategoryV1(d.category().code(), d.category().label()), d.unit().name(), List.copyOf(d.months()),
                    d.deliveriesPerWeek(), d.estimatedUnitPriceExclTax(), name(d.requiredLabel()),
                    d.quantities().stream().map(q -> new QuantityV1(q.canteenId(), q.quantityPerYear())).toList());
        }).toList();
        return new OutgoingEvent(CAMPAIGNS_TOPIC, DEMAND_CAMPAIGN_SUBMITTED, campaign.campaignId().toString(),
                "purchasing-groups/" + campaign.groupId() + "/demand-campaigns/" + campaign.campaignId(),
                new DemandCampaignSubmittedV1(campaign.campaignId(), campaign.version(), campaign.groupId(),
                        campaign.name(), campaign.description(), campaign.submittedAt(), siteData, lines));
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

    /** Data of {@code canteen-registered.v1} and {@code canteen-updated.v1}: the canteen's whole state. */
    public record CanteenV1(UUID canteenId, long version, String siret, String name, String type,
                            String postalCode, String commune, String inseeCode, String departmentCode,
                            String territory, BigDecimal latitude, BigDecimal longitude, int mealsPerDay,
                            int serviceDaysPerYear, String managementMode, UUID centralKitchenId,
                            Instant registeredAt, Instant updatedAt) {
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

    /** Data of {@code demand-campaign-submitted.v1}: one version of a campaign, frozen. */
    public record DemandCampaignSubmittedV1(UUID campaignId, int version, UUID groupId, String name,
                                            String description, Instant submittedAt, List<SiteV1> sites,
                                            List<DemandLineV1> lines) {
    }

    /** A delivery site of a submitted campaign, as the canteen was at submission. */
    public record SiteV1(UUID canteenId, String name, String siret, String postalCode, String commune,
                         String inseeCode, String departmentCode, BigDecimal latitude, BigDecimal longitude) {
    }

    public record DemandLineV1(UUID lineId, int lineNumber, String productLabel, String cpvCode, String family,
                               CategoryV1 category, String unit, List<Integer> months, int deliveriesPerWeek,
                               BigDecimal estimatedUnitPriceExclTax, String requiredLabel,
                               List<QuantityV1> quantities) {
    }

    public record CategoryV1(String code, String label) {
    }

    public record QuantityV1(UUID canteenId, BigDecimal quantityPerYear) {
    }

    /** Data of {@code purchasing-group-changed.v1}: the group's whole state as of {@code version}. */
    public record PurchasingGroupChangedV1(UUID groupId, long version, String name, String coordinator,
                                           LocalDate startDate, LocalDate endDate, List<UUID> memberCanteenIds,
                                           Instant changedAt) {
    }
}
