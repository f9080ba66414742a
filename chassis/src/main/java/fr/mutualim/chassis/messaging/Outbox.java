package fr.mutualim.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records events in the caller's transaction. Nothing is sent here: {@link OutboxRelay} publishes
 * committed rows, so an event exists if and only if the state change it announces was committed.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EntityManager em;

    public Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
                  EntityManager em) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.em = em;
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
        wakeRelayAfterCommit();
        return row.eventId;
    }

    /**
     * Writes the rows of many events in one statement, in list order (their {@code seq} order), where
     * {@link #append} costs one INSERT each (the identity key defeats JDBC batching); returns their ids.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(e -> UUID.randomUUID()).toList();
        em.createNativeQuery("insert into outbox_event (event_id, topic, event_type, aggregate_id, subject, payload,"
                        + " occurred_at) select event_id, topic, event_type, aggregate_id, subject, payload, ?7"
                        + " from unnest(?1, ?2, ?3, ?4, ?5, ?6) with ordinality"
                        + " as e(event_id, topic, event_type, aggregate_id, subject, payload, n) order by n")
                .setParameter(1, ids.toArray(UUID[]::new))
                .setParameter(2, events.stream().map(OutgoingEvent::topic).toArray(String[]::new))
                .setParameter(3, events.stream().map(OutgoingEvent::type).toArray(String[]::new))
                .setParameter(4, events.stream().map(OutgoingEvent::aggregateId).toArray(String[]::new))
                .setParameter(5, events.stream().map(OutgoingEvent::subject).toArray(String[]::new))
                .setParameter(6, events.stream().map(e -> toJson(e.data())).toArray(String[]::new))
                .setParameter(7, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        wakeRelayAfterCommit();
        return ids;
    }

    /** The relay publishes as soon as the transaction commits, instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, relay::wake);
    }

    private String toJson(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass(), e);
        }
    }
}
