package fr.mutualim.chassis.messaging;

import fr.mutualim.chassis.config.OutboxConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents in binary mode, in {@code seq} order,
 * and marks them sent once the broker has acknowledged them.
 *
 * <p>Only one instance of a service relays at a time (a PostgreSQL advisory lock), which keeps
 * the global order. A row may be published twice if the process dies after the broker's
 * acknowledgement and before the commit that marks it sent: consumers skip the second copy by its
 * {@code ce_id} (see {@link ConsumedEvents}). When the broker is unreachable the relay backs off
 * exponentially up to {@link OutboxConfig#maxBackoff()} and resumes where it stopped.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6d757475616c696dL; // "mutualim"

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final OutboxConfig config;
    private final URI source;
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile Instant pausedUntil = Instant.MIN;
    private int consecutiveFailures;

    @Inject
    public OutboxRelay(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       Emitter<String> emitter,
                       EntityManager em, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.application.name") String application) {
        this.emitter = emitter;
        this.em = em;
        this.config = config;
        this.source = URI.create("/mutualim/" + application);
        registry.gauge("mutualim.outbox.pending", pending);
        this.published = registry.counter("mutualim.outbox.published");
        this.failures = registry.counter("mutualim.outbox.failures");
    }

    @Scheduled(every = "${mutualim.outbox.poll-interval:0.2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void poll() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        relayPending();
    }

    /** Publishes every pending row now; returns how many were published. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += sent;
        } while (sent == config.batchSize());
        pending.set(QuarkusTransaction.requiringNew().call(OutboxEvent::countPending));
        return total;
    }

    private int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.nextPending(config.batchSize());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(send(row));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant now = Instant.now();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.sentAt = now;
                row.attempts++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            } catch (ExecutionException | TimeoutException e) {
                // Later rows stay pending too, so that they are never published before this one.
                row.attempts++;
                row.lastError = truncate(describe(e));
                failed(row, e);
                return i;
            }
        }
        published.increment(batch.size());
        consecutiveFailures = 0;
        pausedUntil = Instant.MIN;
        return batch.size();
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(row.topic).withKey(row.aggregateId).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId.toString())
                        .withType(row.eventType)
                        .withSource(source)
                        .withSubject(row.subject)
                        .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        emitter.send(Message.of(row.payload, metadata,
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }

    private void failed(OutboxEvent row, Exception e) {
        failures.increment();
        consecutiveFailures++;
        long factor = 1L << Math.min(consecutiveFailures - 1, 16);
        Duration pause = config.initialBackoff().multipliedBy(factor);
        if (pause.compareTo(config.maxBackoff()) > 0) {
            pause = config.maxBackoff();
        }
        pausedUntil = Instant.now().plus(pause);
        LOG.warnf("Outbox event %s (%s) not published, retrying in %s: %s",
                row.eventId, row.eventType, pause, describe(e));
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Skips the scheduled relay where {@code mutualim.outbox.relay-enabled=false}. */
    @Singleton
    public static class RelayDisabled implements Scheduled.SkipPredicate {

        private final OutboxConfig config;

        public RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.relayEnabled();
        }
    }
}
