package fr.mutualim.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records events in the caller's transaction. Nothing is sent here: {@link OutboxRelay} publishes
 * committed rows, so an event exists if and only if the state change it announces was committed.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes the event row; fails when called outside a transaction, where it would be unsafe. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutgoingEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = event.topic();
        row.eventType = event.type();
        row.aggregateId = event.aggregateId();
        row.subject = event.subject();
        row.payload = toJson(event.data());
        row.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.persist();
        return row.eventId;
    }

    private String toJson(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass(), e);
        }
    }
}
