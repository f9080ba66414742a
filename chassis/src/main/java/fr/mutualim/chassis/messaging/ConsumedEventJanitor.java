package fr.mutualim.chassis.messaging;

import fr.mutualim.chassis.config.ConsumedEventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Forgets consumed event ids older than the retention, so that the consumed-event log does not grow
 * with every event a service has ever read. Deletes in batches, each in its own transaction.
 */
@ApplicationScoped
public class ConsumedEventJanitor {

    private final EntityManager em;
    private final ConsumedEventsConfig config;

    public ConsumedEventJanitor(EntityManager em, ConsumedEventsConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purgeConsumedBefore(Instant.now().minus(config.retention()));
    }

    /** Deletes the ids consumed before {@code cutoff}; returns how many. */
    public long purgeConsumedBefore(Instant cutoff) {
        long purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "delete from consumed_event where ctid in (select ctid from consumed_event"
                                    + " where consumed_at < ?1 limit ?2)")
                    .setParameter(1, cutoff)
                    .setParameter(2, config.purgeBatchSize())
                    .executeUpdate());
            purged += deleted;
        } while (deleted == config.purgeBatchSize());
        return purged;
    }
}
