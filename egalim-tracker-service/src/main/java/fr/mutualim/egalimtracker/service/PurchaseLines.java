package fr.mutualim.egalimtracker.service;

import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.LedgerLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code purchase_line} table as the ingestion uses it: a whole poll's lines read in one query and
 * written in one statement, in plain SQL (Hibernate's per-entity work and JDBC batches of 100 were a
 * large part of a poll's time, docs/benchmarks.md). The read side still maps the table as
 * {@link LedgerLine} entities.
 */
@ApplicationScoped
public class PurchaseLines {

    private static final String COLUMNS = "purchase_id, canteen_id, purchase_date, family, labels, amount_excl_tax,"
            + " local, local_definition, version, deleted";

    private final EntityManager em;

    public PurchaseLines(EntityManager em) {
        this.em = em;
    }

    /** The stored lines among these purchases, by purchase. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, LedgerLine> find(Collection<UUID> purchaseIds) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from purchase_line where purchase_id = any(?1)")
                .setParameter(1, purchaseIds.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, LedgerLine> lines = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            LedgerLine line = LedgerLine.of(new LedgerLine.Stored((UUID) r[0], (UUID) r[1], localDate(r[2]),
                    r[3] == null ? null : Family.valueOf((String) r[3]), (String) r[4], (BigDecimal) r[5],
                    (Boolean) r[6], (String) r[7], ((Number) r[8]).longValue(), (Boolean) r[9]));
            lines.put(line.purchaseId(), line);
        }
        return lines;
    }

    /** Inserts or replaces these lines' rows in one statement; each purchase at most once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Collection<LedgerLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<LedgerLine.Stored> rows = lines.stream().map(LedgerLine::stored).toList();
        em.createNativeQuery("insert into purchase_line (" + COLUMNS + ")"
                        + " select * from unnest(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                        + " on conflict (purchase_id) do update set canteen_id = excluded.canteen_id,"
                        + " purchase_date = excluded.purchase_date, family = excluded.family, labels = excluded.labels,"
                        + " amount_excl_tax = excluded.amount_excl_tax, local = excluded.local,"
                        + " local_definition = excluded.local_definition, version = excluded.version,"
                        + " deleted = excluded.deleted")
                .setParameter(1, rows.stream().map(LedgerLine.Stored::purchaseId).toArray(UUID[]::new))
                .setParameter(2, rows.stream().map(LedgerLine.Stored::canteenId).toArray(UUID[]::new))
                .setParameter(3, rows.stream().map(LedgerLine.Stored::date).toArray(LocalDate[]::new))
                .setParameter(4, rows.stream().map(r -> r.family() == null ? null : r.family().name()).toArray(String[]::new))
                .setParameter(5, rows.stream().map(LedgerLine.Stored::labels).toArray(String[]::new))
                .setParameter(6, rows.stream().map(LedgerLine.Stored::amountExclTax).toArray(BigDecimal[]::new))
                .setParameter(7, rows.stream().map(LedgerLine.Stored::local).toArray(Boolean[]::new))
                .setParameter(8, rows.stream().map(LedgerLine.Stored::localDefinition).toArray(String[]::new))
                .setParameter(9, rows.stream().map(LedgerLine.Stored::version).toArray(Long[]::new))
                .setParameter(10, rows.stream().map(LedgerLine.Stored::deleted).toArray(Boolean[]::new))
                .executeUpdate();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
