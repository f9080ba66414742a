package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Exact sums of amounts and line counts per {@link Cell}. Adding a line and removing it again leaves
 * the tally as it was, which is what lets the ledger keep it incrementally: a correction removes the
 * line's old contribution and adds the new one. Sums are BigDecimal, so the order of additions never
 * changes a figure.
 */
public final class Tally {

    private final Map<Cell, Sum> cells = new HashMap<>();

    /** The amount and the number of lines of one cell. */
    public record Sum(BigDecimal amount, long lines) {
        Sum plus(Sum other) {
            return new Sum(amount.add(other.amount), lines + other.lines);
        }
    }

    public static Tally of(Iterable<PurchaseAmount> lines) {
        Tally tally = new Tally();
        lines.forEach(tally::add);
        return tally;
    }

    public void add(PurchaseAmount line) {
        add(Cell.of(line), line.amountExclTax(), 1);
    }

    public void remove(PurchaseAmount line) {
        add(Cell.of(line), line.amountExclTax().negate(), -1);
    }

    public void add(Cell cell, BigDecimal amount, long lines) {
        Sum sum = cells.merge(cell, new Sum(amount, lines), Sum::plus);
        if (sum.lines() == 0 && sum.amount().signum() == 0) {
            cells.remove(cell); // an empty cell and a missing one are the same figure
        }
    }

    public Map<Cell, Sum> cells() {
        return Collections.unmodifiableMap(cells);
    }

    /** The figures of the cells that match, e.g. one year, or one year up to a month. */
    public Shares shares(Predicate<Cell> which) {
        Shares.Builder shares = new Shares.Builder();
        cells.forEach((cell, sum) -> {
            if (which.test(cell)) {
                shares.add(cell, sum.amount(), sum.lines());
            }
        });
        return shares.build();
    }
}
