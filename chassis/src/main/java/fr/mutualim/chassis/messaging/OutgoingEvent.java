package fr.mutualim.chassis.messaging;

import java.util.Objects;

/**
 * An event a use case wants published: where ({@code topic}), what ({@code type}, the CloudEvents
 * {@code ce_type}), about which aggregate ({@code aggregateId}, also the Kafka key so that one
 * aggregate's events stay in order), and its {@code data}, serialised as JSON.
 */
public record OutgoingEvent(String topic, String type, String aggregateId, String subject, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(data, "data");
    }
}
