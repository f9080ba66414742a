package fr.mutualim.egalimtracker.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.egalimtracker.service.Ledger;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the ledger from buyer-service's canteen and purchase events, each applied once. */
@ApplicationScoped
public class BuyerEventsConsumer {

    static final String CANTEEN_REGISTERED = "fr.mutualim.buyer.canteen-registered.v1";
    static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";

    private final ConsumedEvents consumed;
    private final EventReader reader;
    private final Ledger ledger;

    public BuyerEventsConsumer(ConsumedEvents consumed, EventReader reader, Ledger ledger) {
        this.consumed = consumed;
        this.reader = reader;
        this.ledger = ledger;
    }

    @Incoming("canteens")
    @Blocking
    @Transactional
    public void onCanteenEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (consumed.firstDelivery(event) && CANTEEN_REGISTERED.equals(event.type())) {
            CanteenRegisteredV1 canteen = reader.read(event, CanteenRegisteredV1.class);
            ledger.canteenAnnounced(canteen.canteenId(), canteen.version(), canteen.name(), canteen.departmentCode());
        }
    }

    @Incoming("purchases")
    @Blocking
    @Transactional
    public void onPurchaseEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!consumed.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            // A correction carries the purchase's whole new state: it reads like a recording.
            case PURCHASE_RECORDED, PURCHASE_CORRECTED -> {
                PurchaseV1 p = reader.read(event, PurchaseV1.class);
                ledger.purchaseAnnounced(p.purchaseId(), p.version(), p.canteenId(), p.date(), p.family(),
                        Set.copyOf(p.labels()), p.amountExclTax());
            }
            case PURCHASE_DELETED -> {
                PurchaseDeletedV1 p = reader.read(event, PurchaseDeletedV1.class);
                ledger.purchaseDeleted(p.purchaseId(), p.version(), p.canteenId());
            }
            default -> {
                // Event types this service does not count: recorded as consumed, then ignored.
            }
        }
    }

    /** This service's reading of canteen-registered.v1 (docs/events.md). */
    record CanteenRegisteredV1(UUID canteenId, long version, String name, String departmentCode) {
    }

    /** This service's reading of purchase-recorded.v1 and purchase-corrected.v1 (docs/events.md). */
    record PurchaseV1(UUID purchaseId, UUID canteenId, long version, LocalDate date, String family,
                      List<String> labels, BigDecimal amountExclTax) {
    }

    /** This service's reading of purchase-deleted.v1. */
    record PurchaseDeletedV1(UUID purchaseId, UUID canteenId, long version) {
    }
}
