package fr.mutualim.chassis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Upkeep of the consumed-event log. */
@ConfigMapping(prefix = "mutualim.consumed-events")
public interface ConsumedEventsConfig {

    /**
     * How long an event id is remembered. A redelivery can only come from a topic that still holds the
     * event, so this must exceed the longest retention of the topics the service consumes (Kafka's
     * default is 7 days) plus the longest outage a consumer may be catching up from.
     */
    @WithDefault("30d")
    Duration retention();

    /** Rows deleted per transaction, so that a large purge never holds long locks. */
    @WithDefault("10000")
    int purgeBatchSize();
}
