package fr.mutualim.chassis.messaging;

import fr.mutualim.chassis.config.OutboxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Purges published rows once their retention has passed, so the outbox table stays small. */
@ApplicationScoped
public class OutboxJanitor {

    private final OutboxConfig config;

    public OutboxJanitor(OutboxConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgePublished() {
        OutboxEvent.delete("sentAt < ?1", Instant.now().minus(config.retention()));
    }
}
