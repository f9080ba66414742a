package fr.mutualim.buyer.messaging;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
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
    public static final String CANTEEN_REGISTERED = "fr.mutualim.buyer.canteen-registered.v1";
    public static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";

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
        return new OutgoingEvent(PURCHASES_TOPIC, PURCHASE_RECORDED, purchase.canteenId().toString(),
                "canteens/" + purchase.canteenId() + "/purchases/" + purchase.id(),
                new PurchaseRecordedV1(purchase.id(), purchase.canteenId(), purchase.version(), l.date(),
                        l.supplierName(), l.supplierSiret(), l.description(), l.family().name(),
                        l.labels().stream().sorted().map(Enum::name).toList(), l.amountExclTax(), l.local(),
                        purchase.recordedAt()));
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
                                     Instant recordedAt) {
    }
}
