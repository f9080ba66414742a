package fr.mutualim.chassis.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Applies a whole Kafka poll in one transaction, for consumers whose per-event transactions would
 * load the database (a large import is as many events). If the poll fails, its records are applied
 * one by one, each in its own transaction, so that the good ones are kept, and the first failure is
 * rethrown so that the poll goes to the dead-letter topic; the records already applied are skipped
 * by their ce_id ({@link ConsumedEvents}) if it is ever replayed.
 */
public final class PollTransactions {

    private PollTransactions() {
    }

    public static void apply(ConsumerRecords<String, String> records, Consumer<List<ConsumerRecord<String, String>>> apply) {
        List<ConsumerRecord<String, String>> poll = new ArrayList<>();
        records.forEach(poll::add);
        try {
            QuarkusTransaction.requiringNew().run(() -> apply.accept(poll));
        } catch (RuntimeException pollFailed) {
            RuntimeException first = null;
            for (ConsumerRecord<String, String> record : poll) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> apply.accept(List.of(record)));
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
