package fr.mutualim.chassis.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumed-event log. A handler calls {@link #firstDelivery} in the transaction that applies
 * the event: the id is recorded together with the effect, and a redelivered event (the relay may
 * publish twice, Kafka may deliver twice) is recognised and skipped.
 */
@ApplicationScoped
public class ConsumedEvents {

    private final EntityManager em;

    public ConsumedEvents(EntityManager em) {
        this.em = em;
    }

    /** True the first time this event id is seen; false for every later delivery of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        int inserted = em.createNativeQuery(
                        "insert into consumed_event (event_id, event_type) values (?1, ?2) on conflict do nothing")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
