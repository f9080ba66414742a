package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a partition of the items among the candidate lots by dynamic programming over the product tree x zone
 * tree: the best plan of a (product node, zone) is the best of (a) the candidate itself as one lot, (b) the best plans
 * of its product children in the same zone, (c) the best plans of the same product node in its sub-zones. This is
 * exact over all "guillotine" partitions the two trees generate (the candidates). The score is lexicographic:
 * annual value held by lots with at least k eligible local short-chain suppliers, then fewer lots. A lot below
 * minLotValue is not allowed (except a whole category, always possible). When the plan has more lots than maxLots, the
 * same recursion keeps, per candidate, the Pareto front (number of lots, value) up to maxLots and combines children
 * fronts by (max, +) convolution: still exact over the candidates, at a cost in maxLots squared per combination.
 */
final class LotSelector {

    private static final long INFEASIBLE = Long.MIN_VALUE;
    private static final byte SINGLE = 1, PRODUCT = 2, ZONE = 3;

    /**
     * The chosen states; whether maxLots changed the plan, or could not be met; the value with k local suppliers of the
     * plan without maxLots (to report what the cap costs).
     */
    record Selection(List<Integer> states, boolean lotCapApplied, boolean maxLotsUnreachable, long unconstrainedValueWithK) {}

    private final CandidateLots c;
    private final long[] score;
    private final int[] lots;
    private final byte[] choice;
    private final boolean applyMinLotValue;

    /** @param applyMinLotValue false to measure what minLotValue costs */
    LotSelector(CandidateLots candidates, boolean applyMinLotValue) {
        this.c = candidates;
        this.applyMinLotValue = applyMinLotValue;
        int n = c.eligible.length;
        score = new long[n];
        lots = new int[n];
        choice = new byte[n];
    }

    Selection select(Integer maxLots) {
        solve(0);
        List<Integer> free = reconstruct();
        long freeValue = valueWithK(c, free);
        if (maxLots == null || free.size() <= maxLots) {
            return new Selection(free, false, false, freeValue);
        }
        int categories = 0;
        for (int root : c.products.roots()) {
            if (c.eligible[c.state(root, 0)] != null) {
                categories++;
            }
        }
        if (categories > maxLots) {
            List<Integer> roots = new ArrayList<>();
            for (int root : c.products.roots()) {
                if (c.eligible[c.state(root, 0)] != null) {
                    roots.add(c.canonical[c.state(root, 0)]);
                }
            }
            return new Selection(roots, true, true, freeValue);
        }
        return new Selection(new ParetoSelector(c, maxLots, applyMinLotValue).select(), true, false, freeValue);
    }

    static long valueWithK(CandidateLots c, List<Integer> states) {
        long v = 0;
        for (int st : states) {
            if (c.hasK(st)) {
                v += c.value[st];
            }
        }
        return v;
    }

    private void solve(long price) {
        List<ZoneTree.Zone> post = c.zones.postOrder();
        for (ProductTree.Node p : c.products.nodes()) {
            for (ZoneTree.Zone z : post) {
                int st = c.state(p.id(), z.id());
                if (c.eligible[st] == null) {
                    continue;
                }
                long best = INFEASIBLE;
                int bestLots = 0;
                byte how = 0;
                if (!applyMinLotValue || c.allowed(st)) {
                    best = (c.hasK(st) ? c.value[st] : 0) - price;
                    bestLots = 1;
                    how = SINGLE;
                }
                if (p.children().length > 0) {
                    long[] sum = sum(p.children(), z.id(), false);
                    if (better(sum, best, bestLots)) {
                        best = sum[0];
                        bestLots = (int) sum[1];
                        how = PRODUCT;
                    }
                }
                if (!z.isLeaf()) {
                    long[] sum = sum(z.children(), p.id(), true);
                    if (better(sum, best, bestLots)) {
                        best = sum[0];
                        bestLots = (int) sum[1];
                        how = ZONE;
                    }
                }
                score[st] = best;
                lots[st] = bestLots;
                choice[st] = how;
            }
        }
    }

    private static boolean better(long[] sum, long best, int bestLots) {
        if (sum == null) {
            return false;
        }
        return best == INFEASIBLE || sum[0] > best || (sum[0] == best && sum[1] < bestLots);
    }

    /** Sum of the best plans of the non-empty child states, or null if one is infeasible. */
    private long[] sum(int[] children, int fixed, boolean zoneChildren) {
        long s = 0;
        long n = 0;
        for (int child : children) {
            int st = zoneChildren ? c.state(fixed, child) : c.state(child, fixed);
            if (c.eligible[st] == null) {
                continue;
            }
            if (score[st] == INFEASIBLE) {
                return null;
            }
            s += score[st];
            n += lots[st];
        }
        return new long[] {s, n};
    }

    private List<Integer> reconstruct() {
        List<Integer> out = new ArrayList<>();
        for (int root : c.products.roots()) {
            int st = c.state(root, 0);
            if (c.eligible[st] != null) {
                collect(st, out);
            }
        }
        return out;
    }

    private void collect(int st, List<Integer> out) {
        int node = st / c.zoneCount;
        int zone = st % c.zoneCount;
        switch (choice[st]) {
            case SINGLE -> out.add(c.canonical[st]);
            case PRODUCT -> {
                for (int child : c.products.nodes().get(node).children()) {
                    int cs = c.state(child, zone);
                    if (c.eligible[cs] != null) {
                        collect(cs, out);
                    }
                }
            }
            case ZONE -> {
                for (int child : c.zones.zones().get(zone).children()) {
                    int cs = c.state(node, child);
                    if (c.eligible[cs] != null) {
                        collect(cs, out);
                    }
                }
            }
            default -> throw new IllegalStateException("no plan for state " + st);
        }
    }
}
