package fr.mutualim.egalimtracker.service;

import fr.mutualim.egalimtracker.domain.TargetBasis;
import fr.mutualim.egalimtracker.service.CellDeltas.CanteenYear;
import fr.mutualim.egalimtracker.service.CellDeltas.YearDelta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code canteen_year_total} table: the sums the targets are checked against, per canteen and year,
 * changed by the same deltas as the cells in the same transaction. Summing a canteen-year's cells again
 * at every check grew with the year's purchases (hundreds of cells each, for every canteen a poll
 * touched); adding the deltas and reading the result back is one row per canteen-year.
 */
@ApplicationScoped
public class YearTotals {

    private static final String SUMS = "total, bio, durable_and_quality, meat_and_fish, meat_and_fish_egalim";

    private final EntityManager em;

    public YearTotals(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds a transaction's deltas in one statement and returns the new sums of every canteen-year it
     * touched (one row each, so that ON CONFLICT never meets the same row twice).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<CanteenYear, TargetBasis> apply(CellDeltas changes) {
        Map<CanteenYear, YearDelta> years = changes.years();
        if (years.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<CanteenYear, YearDelta>> rows = List.copyOf(years.entrySet());
        List<?> sums = em.createNativeQuery("with changed as (insert into canteen_year_total as t (canteen_id, year, "
                        + SUMS + ", lines) select * from unnest(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " on conflict (canteen_id, year) do update set total = t.total + excluded.total,"
                        + " bio = t.bio + excluded.bio,"
                        + " durable_and_quality = t.durable_and_quality + excluded.durable_and_quality,"
                        + " meat_and_fish = t.meat_and_fish + excluded.meat_and_fish,"
                        + " meat_and_fish_egalim = t.meat_and_fish_egalim + excluded.meat_and_fish_egalim,"
                        + " lines = t.lines + excluded.lines"
                        + " returning canteen_id, year, " + SUMS + ") select * from changed")
                .setParameter(1, rows.stream().map(e -> e.getKey().canteenId()).toArray(UUID[]::new))
                .setParameter(2, rows.stream().map(e -> e.getKey().year()).toArray(Integer[]::new))
                .setParameter(3, sums(rows, TargetBasis::total))
                .setParameter(4, sums(rows, TargetBasis::bio))
                .setParameter(5, sums(rows, TargetBasis::durableAndQuality))
                .setParameter(6, sums(rows, TargetBasis::meatAndFish))
                .setParameter(7, sums(rows, TargetBasis::meatAndFishEgalim))
                .setParameter(8, rows.stream().map(e -> e.getValue().lines()).toArray(Long[]::new))
                .getResultList();
        return bases(sums);
    }

    /** The sums of every year a canteen has counted lines in, e.g. once its territory is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<CanteenYear, TargetBasis> of(UUID canteenId) {
        return bases(em.createNativeQuery("select canteen_id, year, " + SUMS + " from canteen_year_total"
                        + " where canteen_id = ?1 and lines <> 0")
                .setParameter(1, canteenId).getResultList());
    }

    private static BigDecimal[] sums(List<Map.Entry<CanteenYear, YearDelta>> rows,
                                     Function<TargetBasis, BigDecimal> which) {
        return rows.stream().map(e -> which.apply(e.getValue().basis())).toArray(BigDecimal[]::new);
    }

    private static Map<CanteenYear, TargetBasis> bases(List<?> rows) {
        Map<CanteenYear, TargetBasis> bases = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            bases.put(new CanteenYear((UUID) r[0], ((Number) r[1]).intValue()),
                    new TargetBasis((BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5],
                            (BigDecimal) r[6]));
        }
        return bases;
    }
}
