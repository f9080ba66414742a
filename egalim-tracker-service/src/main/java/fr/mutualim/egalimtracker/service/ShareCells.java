package fr.mutualim.egalimtracker.service;

import fr.mutualim.egalimtracker.domain.Bucket;
import fr.mutualim.egalimtracker.domain.Cell;
import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code share_cell} table: sums of counted lines per canteen and {@link Cell}, changed in the
 * transaction that changes the lines. Every figure read is a sum of these rows.
 */
@ApplicationScoped
public class ShareCells {

    private static final String CELL_COLUMNS = "year, month, family, bucket, local, local_definition, france, fair_trade";

    private final EntityManager em;

    public ShareCells(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds a transaction's deltas to their cells in one statement (one row per distinct cell, so that
     * ON CONFLICT never meets the same row twice).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CellDeltas changes) {
        List<Map.Entry<CellDeltas.Key, CellDeltas.Delta>> rows = changes.deltas().entrySet().stream()
                .filter(e -> !e.getValue().isZero()).toList();
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        UUID[] canteens = new UUID[n];
        Integer[] years = new Integer[n];
        Integer[] months = new Integer[n];
        String[] families = new String[n];
        String[] buckets = new String[n];
        Boolean[] locals = new Boolean[n];
        String[] definitions = new String[n];
        Boolean[] france = new Boolean[n];
        Boolean[] fairTrade = new Boolean[n];
        BigDecimal[] amounts = new BigDecimal[n];
        Long[] lines = new Long[n];
        for (int i = 0; i < n; i++) {
            Cell cell = rows.get(i).getKey().cell();
            canteens[i] = rows.get(i).getKey().canteenId();
            years[i] = cell.year();
            months[i] = cell.month();
            families[i] = cell.family().name();
            buckets[i] = cell.bucket().name();
            locals[i] = cell.local();
            definitions[i] = cell.localDefinition();
            france[i] = cell.france();
            fairTrade[i] = cell.fairTrade();
            amounts[i] = rows.get(i).getValue().amount();
            lines[i] = rows.get(i).getValue().lines();
        }
        em.createNativeQuery("insert into share_cell (canteen_id, " + CELL_COLUMNS + ", amount, lines)"
                        + " select * from unnest(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                        + " on conflict (canteen_id, " + CELL_COLUMNS + ") do update"
                        + " set amount = share_cell.amount + excluded.amount, lines = share_cell.lines + excluded.lines")
                .setParameter(1, canteens).setParameter(2, years).setParameter(3, months).setParameter(4, families)
                .setParameter(5, buckets).setParameter(6, locals).setParameter(7, definitions).setParameter(8, france)
                .setParameter(9, fairTrade).setParameter(10, amounts).setParameter(11, lines)
                .executeUpdate();
    }

    /** The cells of a year summed over the given canteens. */
    public Tally tally(Collection<UUID> canteenIds, int year) {
        Tally tally = new Tally();
        if (canteenIds.isEmpty()) {
            return tally;
        }
        List<?> rows = em.createNativeQuery("select " + CELL_COLUMNS + ", sum(amount), sum(lines) from share_cell"
                        + " where canteen_id = any(?1) and year = ?2 group by " + CELL_COLUMNS)
                .setParameter(1, canteenIds.toArray(UUID[]::new)).setParameter(2, year)
                .getResultList();
        rows.forEach(r -> add(tally, (Object[]) r));
        return tally;
    }

    /** The cells of a year summed over the canteens of the given départements. */
    public Tally tallyOfDepartments(Collection<String> departmentCodes, int year) {
        Tally tally = new Tally();
        List<?> rows = em.createNativeQuery("select " + CELL_COLUMNS + ", sum(amount), sum(lines) from share_cell"
                        + " where year = ?2 and canteen_id in (select id from tracked_canteen where department_code = any(?1))"
                        + " group by " + CELL_COLUMNS)
                .setParameter(1, departmentCodes.toArray(String[]::new)).setParameter(2, year)
                .getResultList();
        rows.forEach(r -> add(tally, (Object[]) r));
        return tally;
    }

    private static void add(Tally tally, Object[] r) {
        Cell cell = new Cell(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), Family.valueOf((String) r[2]),
                Bucket.valueOf((String) r[3]), (Boolean) r[4], (String) r[5], (Boolean) r[6], (Boolean) r[7]);
        tally.add(cell, (BigDecimal) r[8], ((Number) r[9]).longValue());
    }
}
