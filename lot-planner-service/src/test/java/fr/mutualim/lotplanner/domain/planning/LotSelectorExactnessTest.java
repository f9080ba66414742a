package fr.mutualim.lotplanner.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selector is exact over the candidate set: on small instances, exhaustive set partitioning over the same
 * candidates finds no better objective (with and without maxLots).
 */
class LotSelectorExactnessTest {

    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();

    @Test
    void noPartitionOfTheCandidatesBeatsThePlan() {
        int checked = 0;
        for (long seed = 1; seed <= 400 && checked < 200; seed++) {
            PlanningInput in = RandomInstances.of(seed, 1 + (int) (seed % 5), 1 + (int) (seed % 4), 6, 0.7);
            CandidateLots c = new LotPlanner().candidates(in);
            if (c.itemCount() > 40 || c.candidateCount() > 120) {
                continue;
            }
            checked++;
            Plan plan = new LotPlanner().plan(in, THRESHOLDS);
            PlanObjective best = exhaustive(c, Integer.MAX_VALUE);
            assertEquals(best, PlanObjective.of(plan), "seed " + seed);
            int cap = Math.max(1, Math.max(plan.summary().baseline().lotCount(), plan.lots().size() - 1));
            PlanParameters p = in.parameters();
            PlanningInput capped = new PlanningInput(in.campaign(), in.suppliers(), new PlanParameters(p.launchDate(), p.contractStart(),
                    p.durationMonths(), p.minLocalSuppliers(), p.localRadiusKm(), p.maxIntermediaries(), cap, null, null));
            assertEquals(exhaustive(c, cap), PlanObjective.of(new LotPlanner().plan(capped, THRESHOLDS)), "seed " + seed + " cap " + cap);
        }
        assertTrue(checked >= 100, "only " + checked + " instances small enough");
    }

    /** Best objective over all exact covers of the items by the candidates, with at most {@code cap} lots. */
    static PlanObjective exhaustive(CandidateLots c, int cap) {
        int items = c.itemCount();
        List<List<Integer>> byFirstItem = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            byFirstItem.add(new ArrayList<>());
        }
        List<BitSet> sets = new ArrayList<>();
        for (int k = 0; k < c.candidateCount(); k++) {
            BitSet b = new BitSet();
            for (int item : c.itemsOf(k)) {
                b.set(item);
            }
            sets.add(b);
            for (int item : c.itemsOf(k)) {
                byFirstItem.get(item).add(k);
            }
        }
        PlanObjective[] best = {null};
        search(c, sets, byFirstItem, new BitSet(), new ArrayList<>(), cap, best);
        return best[0];
    }

    private static void search(CandidateLots c, List<BitSet> sets, List<List<Integer>> byItem, BitSet covered, List<Integer> chosen,
            int cap, PlanObjective[] best) {
        int next = covered.nextClearBit(0);
        if (next >= c.itemCount()) {
            PlanObjective o = PlanObjective.of(c, chosen.stream().mapToInt(Integer::intValue).toArray());
            if (best[0] == null || o.compareTo(best[0]) > 0) {
                best[0] = o;
            }
            return;
        }
        if (chosen.size() >= cap) {
            return;
        }
        for (int k : byItem.get(next)) {
            if (!sets.get(k).intersects(covered) && c.candidate(k).allowed()) {
                covered.or(sets.get(k));
                chosen.add(k);
                search(c, sets, byItem, covered, chosen, cap, best);
                chosen.remove(chosen.size() - 1);
                covered.andNot(sets.get(k));
            }
        }
    }
}
