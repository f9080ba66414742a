package fr.mutualim.lotplanner.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.chassis.messaging.PollTransactions;
import fr.mutualim.lotplanner.service.CampaignBook;
import fr.mutualim.lotplanner.service.PurchaseBook;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the campaign, purchasing-group and purchase read models in step with buyer-service's topics. */
@ApplicationScoped
public class BuyerEventsConsumer {

    static final String CAMPAIGN_SUBMITTED = "fr.mutualim.buyer.demand-campaign-submitted.v1";
    static final String GROUP_CHANGED = "fr.mutualim.buyer.purchasing-group-changed.v1";
    static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";

    private final ConsumedEvents consumed;
    private final EventReader reader;
    private final CampaignBook campaigns;
    private final PurchaseBook purchases;

    public BuyerEventsConsumer(ConsumedEvents consumed, EventReader reader, CampaignBook campaigns,
                               PurchaseBook purchases) {
        this.consumed = consumed;
        this.reader = reader;
        this.campaigns = campaigns;
        this.purchases = purchases;
    }

    @Incoming("campaigns")
    @Blocking
    @Transactional
    public void onCampaign(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (consumed.firstDelivery(event) && CAMPAIGN_SUBMITTED.equals(event.type())) {
            campaigns.apply(reader.read(event, DemandCampaignV1.class), event.data());
        }
    }

    @Incoming("groups")
    @Blocking
    @Transactional
    public void onGroup(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (consumed.firstDelivery(event) && GROUP_CHANGED.equals(event.type())) {
            GroupV1 group = reader.read(event, GroupV1.class);
            campaigns.applyGroup(group.groupId(), group.version(), group.name(), group.coordinator(),
                    group.startDate(), group.endDate());
        }
    }

    /**
     * Purchase events come in batches (one Kafka poll, up to 500 events) applied in one transaction: the topic carries
     * every canteen's purchases (a 200 000-line import is 200 000 events), and one transaction per event would load
     * the shared database for a read model that is only read when planning. A failing poll: see {@link PollTransactions}.
     */
    @Incoming("purchases")
    @Blocking
    public void onPurchases(ConsumerRecords<String, String> records) {
        PollTransactions.apply(records, this::applyPurchases);
    }

    private void applyPurchases(List<ConsumerRecord<String, String>> records) {
        List<PurchaseBook.Change> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = IncomingEvent.of(record);
            if (!consumed.firstDelivery(event)) {
                continue;
            }
            switch (event.type()) {
                // A correction carries the purchase's whole new state: it reads like a recording.
                case PURCHASE_RECORDED, PURCHASE_CORRECTED -> {
                    PurchaseV1 p = reader.read(event, PurchaseV1.class);
                    changes.add(PurchaseBook.Change.recorded(p.purchaseId(), p.canteenId(), p.version(), p.date(),
                            p.amountExclTax(), p.labels()));
                }
                case PURCHASE_DELETED -> {
                    PurchaseDeletedV1 p = reader.read(event, PurchaseDeletedV1.class);
                    changes.add(PurchaseBook.Change.deleted(p.purchaseId(), p.canteenId(), p.version()));
                }
                default -> {
                    // A type this service does not use (or a newer one): recorded as consumed, then ignored.
                }
            }
        }
        purchases.apply(changes);
    }

    /** This service's reading of purchasing-group-changed.v1: members are not needed to plan. */
    record GroupV1(UUID groupId, long version, String name, String coordinator, LocalDate startDate,
                   LocalDate endDate, Instant changedAt) {
    }

    /** This service's reading of purchase-recorded.v1 and purchase-corrected.v1: what the current shares need. */
    record PurchaseV1(UUID purchaseId, UUID canteenId, long version, LocalDate date, List<String> labels,
                      BigDecimal amountExclTax) {
    }

    /** This service's reading of purchase-deleted.v1. */
    record PurchaseDeletedV1(UUID purchaseId, UUID canteenId, long version) {
    }
}
