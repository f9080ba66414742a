package fr.mutualim.buyer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.buyer.domain.LabelsConverter;
import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.domain.TimeOrderedIds;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.messaging.OutgoingEvent;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the purchases of an import, each with its {@code purchase-recorded} event in the outbox,
 * with PostgreSQL {@code COPY} on the connection of the caller's transaction. Row by row through
 * Hibernate an import spent nearly all its time waiting for one database round trip per outbox row
 * (its identity key forbids JDBC batches); {@code COPY} sends thousands of rows per round trip.
 *
 * <p>The outbox rows are those {@code Outbox.append} writes for {@link BuyerEvents#purchaseRecorded}:
 * a new event id, the same topic, type, key and subject, the data serialised by the application's
 * {@link ObjectMapper}, {@code occurred_at} now, not yet sent. The caller wakes the relay after the
 * commit, as {@code Outbox} does. Rows are held {@code chunk} lines at a time, so memory does not
 * grow with the file.
 */
final class ImportedPurchaseWriter {

    private static final String PURCHASE_COPY = "copy purchase (id, canteen_id, purchase_date, supplier_name, "
            + "supplier_siret, description, family, labels, amount_excl_tax, local, version, recorded_at, "
            + "local_definition, local_distance_km, corrected_at, import_id) from stdin";
    private static final String OUTBOX_COPY = "copy outbox_event (event_id, topic, event_type, aggregate_id, "
            + "subject, payload, occurred_at, attempts) from stdin";
    private static final LabelsConverter LABELS = new LabelsConverter();
    /**
     * The ids of the purchases and of their events. An import adds rows by the hundred thousand: with
     * increasing ids they go to the last pages of purchase's primary key and of outbox_event's unique
     * event_id, where random ids touch a page anywhere in them, one per row (0.3 to 0.7 s of 3.5 s
     * for 100 000 purchases inserted in SQL). Nothing orders by these ids but as a tie-break.
     */
    private static final TimeOrderedIds IDS = new TimeOrderedIds();

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final UUID importId;
    private final int chunk;
    private final StringBuilder purchaseRows;
    private final StringBuilder outboxRows;
    private int pending;

    ImportedPurchaseWriter(EntityManager em, ObjectMapper mapper, UUID importId, int chunk) {
        this.em = em;
        this.mapper = mapper;
        this.importId = importId;
        this.chunk = chunk;
        this.purchaseRows = new StringBuilder(chunk * 256);
        this.outboxRows = new StringBuilder(chunk * 768);
    }

    /** Adds a purchase and its event; they reach the database with the chunk they belong to. */
    void add(UUID canteenId, PurchaseLine line) {
        Instant now = now();
        Purchase purchase = Purchase.imported(IDS.next(), canteenId, line, importId, now);
        appendPurchase(purchase, line);
        appendEvent(BuyerEvents.purchaseRecorded(purchase), now);
        if (++pending == chunk) {
            flush();
        }
    }

    /** Sends the rows added since the last flush. */
    void flush() {
        if (pending == 0) {
            return;
        }
        CopyManager copy = em.unwrap(Session.class)
                .doReturningWork(connection -> connection.unwrap(PGConnection.class).getCopyAPI());
        copy(copy, PURCHASE_COPY, purchaseRows);
        copy(copy, OUTBOX_COPY, outboxRows);
        pending = 0;
    }

    private void appendPurchase(Purchase p, PurchaseLine l) {
        StringBuilder row = purchaseRows;
        row.append(p.id()).append('\t').append(p.canteenId()).append('\t').append(l.date()).append('\t');
        text(row, l.supplierName()).append('\t');
        text(row, l.supplierSiret()).append('\t');
        text(row, l.description()).append('\t');
        text(row, l.family().name()).append('\t');
        text(row, LABELS.convertToDatabaseColumn(l.labels())).append('\t');
        row.append(l.amountExclTax().toPlainString()).append('\t').append(l.local() ? 't' : 'f').append('\t')
                .append(p.version()).append('\t').append(p.recordedAt()).append('\t');
        text(row, l.localDefinition() == null ? null : l.localDefinition().name()).append('\t');
        (l.localDistanceKm() == null ? row.append("\\N") : row.append(l.localDistanceKm().intValue())).append('\t');
        row.append("\\N\t").append(p.importId()).append('\n');
    }

    private void appendEvent(OutgoingEvent event, Instant occurredAt) {
        StringBuilder row = outboxRows;
        row.append(IDS.next()).append('\t');
        text(row, event.topic()).append('\t');
        text(row, event.type()).append('\t');
        text(row, event.aggregateId()).append('\t');
        text(row, event.subject()).append('\t');
        text(row, json(event.data())).append('\t');
        row.append(occurredAt).append("\t0\n");
    }

    private String json(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass(), e);
        }
    }

    private static void copy(CopyManager copy, String sql, StringBuilder rows) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        try {
            copy.copyIn(sql, new ByteArrayInputStream(bytes), bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the database failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value in COPY's text format: {@code \N} for null, backslash, tab and line breaks escaped. */
    private static StringBuilder text(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        // Most values have nothing to escape: copy them in runs, not character by character.
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escaped = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                row.append(value, run, i).append(escaped);
                run = i + 1;
            }
        }
        return row.append(value, run, value.length());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
