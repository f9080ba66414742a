package fr.mutualim.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    private static final Object WAKE_REGISTERED = new Object();

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
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

    /** The relay publishes as soon as the transaction commits, instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) == null) {
            transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
    }

    private String toJson(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass(), e);
        }
    }
}
