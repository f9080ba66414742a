package fr.mutualim.lotplanner.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.lotplanner.service.CampaignBook;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the campaign and purchasing-group read models in step with buyer-service's topics. */
@ApplicationScoped
public class BuyerEventsConsumer {

    static final String CAMPAIGN_SUBMITTED = "fr.mutualim.buyer.demand-campaign-submitted.v1";
    static final String GROUP_CHANGED = "fr.mutualim.buyer.purchasing-group-changed.v1";

    private final ConsumedEvents consumed;
    private final EventReader reader;
    private final CampaignBook campaigns;

    public BuyerEventsConsumer(ConsumedEvents consumed, EventReader reader, CampaignBook campaigns) {
        this.consumed = consumed;
        this.reader = reader;
        this.campaigns = campaigns;
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

    /** This service's reading of purchasing-group-changed.v1: members are not needed to plan. */
    record GroupV1(UUID groupId, long version, String name, String coordinator, LocalDate startDate,
                   LocalDate endDate, Instant changedAt) {
    }
}
