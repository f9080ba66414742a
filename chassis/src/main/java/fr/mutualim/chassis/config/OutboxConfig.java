package fr.mutualim.chassis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay. */
@ConfigMapping(prefix = "mutualim.outbox")
public interface OutboxConfig {

    /** Whether this instance relays at all (tests switch it off to stand for a dead relay). */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often the relay looks for rows without being woken. A commit that writes outbox rows wakes
     * it at once; polling only catches rows written by another instance or left by a failure.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch before retrying it. */
    @WithDefault("20s")
    Duration sendTimeout();

    /** First pause after a failed batch; doubles on each further failure. */
    @WithDefault("0.5s")
    Duration initialBackoff();

    /** Longest pause between retries while the broker stays unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long a published row is kept for inspection before it is purged. */
    @WithDefault("7d")
    Duration retention();
}
