package fr.mutualim.egalimtracker.service;

import fr.mutualim.egalimtracker.domain.Cell;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.domain.TargetBasis;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction changes in the cells: the line changes of a whole batch of events summed per
 * canteen and cell, so that each cell is written once, and per canteen and year, for the sums the
 * targets are checked against.
 */
public final class CellDeltas {

    /** A cell of one canteen. */
    record Key(UUID canteenId, Cell cell) {
    }

    /** What a batch adds to a cell; a line moved out and back in sums to zero. */
    record Delta(BigDecimal amount, long lines) {
        Delta plus(Delta other) {
            return new Delta(amount.add(other.amount), lines + other.lines);
        }

        boolean isZero() {
            return amount.signum() == 0 && lines == 0;
        }
    }

    /** A canteen and a year whose figures changed. */
    public record CanteenYear(UUID canteenId, int year) {
    }

    /** What a batch adds to a canteen-year's target sums and to its number of counted lines. */
    record YearDelta(TargetBasis basis, long lines) {
        YearDelta plus(Cell cell, Delta delta) {
            return new YearDelta(basis.plus(cell, delta.amount()), lines + delta.lines());
        }
    }

    private final Map<Key, Delta> deltas = new HashMap<>();
    private final Set<CanteenYear> touched = new LinkedHashSet<>();

    void remove(UUID canteenId, PurchaseAmount line) {
        add(canteenId, Cell.of(line), new Delta(line.amountExclTax().negate(), -1));
    }

    void add(UUID canteenId, PurchaseAmount line) {
        add(canteenId, Cell.of(line), new Delta(line.amountExclTax(), 1));
    }

    private void add(UUID canteenId, Cell cell, Delta delta) {
        deltas.merge(new Key(canteenId, cell), delta, Delta::plus);
        touched.add(new CanteenYear(canteenId, cell.year()));
    }

    Map<Key, Delta> deltas() {
        return deltas;
    }

    /**
     * Every canteen-year touched, in the order first touched, with the cells' deltas summed; a year
     * whose changes cancel out is there with a zero delta.
     */
    Map<CanteenYear, YearDelta> years() {
        Map<CanteenYear, YearDelta> years = new LinkedHashMap<>();
        touched.forEach(key -> years.put(key, new YearDelta(TargetBasis.NONE, 0)));
        deltas.forEach((key, delta) -> years.computeIfPresent(new CanteenYear(key.canteenId(), key.cell().year()),
                (year, sum) -> sum.plus(key.cell(), delta)));
        return years;
    }
}
