package fr.mutualim.chassis.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from a Kafka record in binary mode: the {@code ce_*} headers plus the JSON
 * {@code data} in the record value.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String key, String data) {

    /** Reads the envelope; a record without {@code ce_id} or {@code ce_type} is not one of ours. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent in binary mode (no ce_id or ce_type header)");
        }
        String time = header(record, "ce_time");
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"),
                time == null ? null : OffsetDateTime.parse(time), record.key(), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
