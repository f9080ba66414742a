package fr.mutualim.chassis.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** One event waiting to be, or already, published. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    public String subject;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /**
     * The next rows to publish, read-only: the relay marks them with {@link #markSent} in one statement
     * instead of letting the session check and update every row (most of a batch's database time).
     */
    static List<OutboxEvent> nextPending(int limit) {
        return find("sentAt is null order by seq").withHint(HibernateHints.HINT_READ_ONLY, true).page(0, limit).list();
    }

    static void markSent(List<OutboxEvent> rows, Instant sentAt) {
        if (rows.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery(
                        "update outbox_event set sent_at = ?1, attempts = attempts + 1 where seq = any(?2)")
                .setParameter(1, sentAt)
                .setParameter(2, rows.stream().map(row -> row.seq).toArray(Long[]::new))
                .executeUpdate();
    }

    static void failedAttempt(long seq, String error) {
        getEntityManager().createNativeQuery(
                        "update outbox_event set attempts = attempts + 1, last_error = ?1 where seq = ?2")
                .setParameter(1, error)
                .setParameter(2, seq)
                .executeUpdate();
    }

    static long countPending() {
        return count("sentAt is null");
    }
}
