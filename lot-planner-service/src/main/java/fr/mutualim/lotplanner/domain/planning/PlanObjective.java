package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The planner's objective, lexicographic: first the annual value held by lots with at least k eligible local
 * short-chain suppliers (higher is better), then the number of lots (fewer is better). For a MIP/CP-SAT model:
 * maximise sum(value_i * [local_i >= k] * x_i) - epsilon * sum(x_i) with epsilon below one cent.
 */
public record PlanObjective(BigDecimal annualValueWithKLocal, int lotCount) implements Comparable<PlanObjective> {

    private static final Comparator<PlanObjective> ORDER = Comparator.comparing(PlanObjective::annualValueWithKLocal)
            .thenComparing(PlanObjective::lotCount, Comparator.reverseOrder());

    public static PlanObjective of(Plan plan) {
        return new PlanObjective(plan.summary().annualValueWithKLocal(), plan.lots().size());
    }

    /** Objective of a selection of candidates (indices into {@link CandidateLots#candidates()}), for exact solvers. */
    public static PlanObjective of(CandidateLots candidates, int[] selected) {
        BigDecimal v = BigDecimal.ZERO.setScale(2);
        for (int i : selected) {
            CandidateLots.Candidate c = candidates.candidate(i);
            if (c.localShortChainEligible() >= candidates.k()) {
                v = v.add(c.annualValue());
            }
        }
        return new PlanObjective(v, selected.length);
    }

    /** Greater is better. */
    @Override
    public int compareTo(PlanObjective o) {
        return ORDER.compare(this, o);
    }
}
