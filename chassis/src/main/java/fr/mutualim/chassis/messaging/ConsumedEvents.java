package fr.mutualim.chassis.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The events of a batch delivered for the first time, in their order, recorded in one statement
     * whatever their number (what a batch consumer needs: one INSERT per event was most of its time).
     * An id that occurs twice in the batch is returned once, at its first occurrence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomingEvent> firstDeliveries(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<?> inserted = em.createNativeQuery("with inserted as (insert into consumed_event (event_id, event_type)"
                        + " select * from unnest(?1, ?2) on conflict do nothing returning event_id)"
                        + " select event_id from inserted")
                .setParameter(1, events.stream().map(IncomingEvent::id).toArray(String[]::new))
                .setParameter(2, events.stream().map(IncomingEvent::type).toArray(String[]::new))
                .getResultList();
        Set<Object> firstTime = new HashSet<>(inserted);
        List<IncomingEvent> first = new ArrayList<>(firstTime.size());
        for (IncomingEvent event : events) {
            if (firstTime.remove(event.id())) {
                first.add(event);
            }
        }
        return first;
    }
}
