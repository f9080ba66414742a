package fr.mutualim.egalimtracker.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.chassis.messaging.PollTransactions;
import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.service.Ledger;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the ledger from buyer-service's canteen, purchase and purchasing-group events, each applied once. */
@ApplicationScoped
public class BuyerEventsConsumer {

    static final String CANTEEN_REGISTERED = "fr.mutualim.buyer.canteen-registered.v1";
    static final String CANTEEN_UPDATED = "fr.mutualim.buyer.canteen-updated.v1";
    static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";
    static final String PURCHASING_GROUP_CHANGED = "fr.mutualim.buyer.purchasing-group-changed.v1";

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
        // Both carry the canteen's whole state: an update reads like a registration.
        if (consumed.firstDelivery(event)
                && (CANTEEN_REGISTERED.equals(event.type()) || CANTEEN_UPDATED.equals(event.type()))) {
            CanteenV1 c = reader.read(event, CanteenV1.class);
            ledger.canteenAnnounced(c.canteenId(), c.version(), c.name(), c.siret(), c.departmentCode(),
                    Territory.of(c.territory(), c.departmentCode()));
        }
    }

    @Incoming("groups")
    @Blocking
    @Transactional
    public void onGroupEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (consumed.firstDelivery(event) && PURCHASING_GROUP_CHANGED.equals(event.type())) {
            PurchasingGroupV1 g = reader.read(event, PurchasingGroupV1.class);
            ledger.groupAnnounced(g.groupId(), g.version(), g.name(), g.memberCanteenIds());
        }
    }

    /**
     * Purchase events come in batches (one Kafka poll) applied in one transaction: the cells and the
     * target checks are then written once per batch instead of once per event, which is what keeps up
     * with buyer-service (docs/benchmarks.md). A failing poll: see {@link PollTransactions}.
     */
    @Incoming("purchases")
    @Blocking
    public void onPurchaseEvents(ConsumerRecords<String, String> records) {
        PollTransactions.apply(records, this::applyPurchases);
    }

    private void applyPurchases(List<ConsumerRecord<String, String>> records) {
        List<Ledger.PurchaseChange> changes = new ArrayList<>();
        // Events seen before are skipped: the ids of the whole batch are recorded in one statement.
        for (IncomingEvent event : consumed.firstDeliveries(records.stream().map(IncomingEvent::of).toList())) {
            switch (event.type()) {
                // A correction carries the purchase's whole new state: it reads like a recording.
                case PURCHASE_RECORDED, PURCHASE_CORRECTED -> {
                    PurchaseV1 p = reader.read(event, PurchaseV1.class);
                    changes.add(new Ledger.PurchaseChange(p.purchaseId(), p.version(), p.canteenId(),
                            new PurchaseAmount(p.date(), p.family(), Set.copyOf(p.labels()), p.amountExclTax(),
                                    p.local(), p.localDefinition())));
                }
                case PURCHASE_DELETED -> {
                    PurchaseDeletedV1 p = reader.read(event, PurchaseDeletedV1.class);
                    changes.add(new Ledger.PurchaseChange(p.purchaseId(), p.version(), p.canteenId(), null));
                }
                default -> {
                    // Event types this service does not count: recorded as consumed, then ignored.
                }
            }
        }
        if (!changes.isEmpty()) {
            ledger.purchasesAnnounced(changes);
        }
    }

    /**
     * This service's reading of canteen-registered.v1 and canteen-updated.v1 (docs/events.md);
     * {@code territory} is null in events written before buyer-service published it.
     */
    record CanteenV1(UUID canteenId, long version, String siret, String name, String departmentCode,
                     String territory) {
    }

    /** This service's reading of purchase-recorded.v1 and purchase-corrected.v1 (docs/events.md). */
    record PurchaseV1(UUID purchaseId, UUID canteenId, long version, LocalDate date, Family family,
                      List<String> labels, BigDecimal amountExclTax, boolean local, String localDefinition) {
    }

    /** This service's reading of purchase-deleted.v1. */
    record PurchaseDeletedV1(UUID purchaseId, UUID canteenId, long version) {
    }

    /** This service's reading of purchasing-group-changed.v1. */
    record PurchasingGroupV1(UUID groupId, long version, String name, List<UUID> memberCanteenIds) {
    }
}
