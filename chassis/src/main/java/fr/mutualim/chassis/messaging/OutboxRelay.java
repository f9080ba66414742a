package fr.mutualim.chassis.messaging;

import fr.mutualim.chassis.config.OutboxConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
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
 *
 * <p>The relay runs on a thread of its own, woken by {@link Outbox} after each commit that wrote
 * rows, so an event usually leaves within milliseconds of its commit.
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
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile int consecutiveFailures;
    private volatile boolean running;
    private Thread worker;

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

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.warn("Outbox relay disabled (mutualim.outbox.relay-enabled=false): events stay pending");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(config.sendTimeout().toMillis());
        }
    }

    /** Asks the relay to look for rows now (called after a commit that wrote some). */
    public void wake() {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            try {
                relayPending();
            } catch (RuntimeException e) {
                failed("Outbox relay failed", e);
            }
            try {
                Instant now = Instant.now();
                Duration wait = pausedUntil.isAfter(now) ? Duration.between(now, pausedUntil) : config.pollInterval();
                wakeUp.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Publishes every pending row now, unless a failure asked for a pause that has not yet passed;
     * returns how many rows were published.
     */
    public int relayPending() {
        if (Instant.now().isBefore(pausedUntil)) {
            return 0;
        }
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += sent;
            } while (sent == config.batchSize());
        } finally {
            pending.set(QuarkusTransaction.requiringNew().call(OutboxEvent::countPending));
        }
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
        int acknowledged = 0;
        try {
            for (; acknowledged < batch.size(); acknowledged++) {
                acks.get(acknowledged).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Later rows stay pending too, so that they are never published before this one.
            OutboxEvent row = batch.get(acknowledged);
            OutboxEvent.failedAttempt(row.seq, truncate(describe(e)));
            failed("Outbox event " + row.eventId + " (" + row.eventType + ") not published", e);
        }
        OutboxEvent.markSent(batch.subList(0, acknowledged), Instant.now());
        if (acknowledged < batch.size()) {
            return acknowledged;
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

    private void failed(String what, Exception e) {
        failures.increment();
        consecutiveFailures++;
        long factor = 1L << Math.min(consecutiveFailures - 1, 16);
        Duration pause = config.initialBackoff().multipliedBy(factor);
        if (pause.compareTo(config.maxBackoff()) > 0) {
            pause = config.maxBackoff();
        }
        pausedUntil = Instant.now().plus(pause);
        LOG.warnf("%s, retrying in %s: %s", what, pause, describe(e));
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
