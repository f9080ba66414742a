package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact selection under maxLots: for each candidate state, the Pareto front of (number of lots, annual value with k
 * local suppliers) over the partitions of its items, for up to maxLots lots; children fronts are combined by (max, +)
 * convolution. The plan is read back by recomputing, at each state, which option reaches the chosen front point.
 */
final class ParetoSelector {

    private static final long NONE = Long.MIN_VALUE;

    private final CandidateLots c;
    private final int cap;
    private final boolean applyMinLotValue;
    /** front[st][n] = best value with exactly n lots (NONE if impossible), n = 0..cap; null for empty states. */
    private final long[][] front;

    ParetoSelector(CandidateLots c, int maxLots, boolean applyMinLotValue) {
        this.c = c;
        this.cap = maxLots;
        this.applyMinLotValue = applyMinLotValue;
        this.front = new long[c.eligible.length][];
    }

    List<Integer> select() {
        List<ZoneTree.Zone> post = c.zones.postOrder();
        for (ProductTree.Node p : c.products.nodes()) {
            for (ZoneTree.Zone z : post) {
                int st = c.state(p.id(), z.id());
                if (c.eligible[st] != null) {
                    front[st] = compute(p, z, st);
                }
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (int root : c.products.roots()) {
            int st = c.state(root, 0);
            if (front[st] != null) {
                roots.add(st);
            }
        }
        long[][] prefix = prefixes(roots);
        long[] total = prefix[roots.size()];
        int bestN = -1;
        for (int n = 0; n <= cap; n++) {
            if (total[n] != NONE && (bestN < 0 || total[n] > total[bestN])) {
                bestN = n;
            }
        }
        List<Integer> out = new ArrayList<>();
        backtrack(roots, prefix, bestN, total[bestN], out);
        return out;
    }

    private long[] compute(ProductTree.Node p, ZoneTree.Zone z, int st) {
        long[] f = new long[cap + 1];
        Arrays.fill(f, NONE);
        if (!applyMinLotValue || c.allowed(st)) {
            f[1] = c.hasK(st) ? c.value[st] : 0;
        }
        if (p.children().length > 0) {
            max(f, combined(children(p.children(), z.id(), false)));
        }
        if (!z.isLeaf()) {
            max(f, combined(children(z.children(), p.id(), true)));
        }
        return f;
    }

    private static void max(long[] into, long[] other) {
        if (other == null) {
            return;
        }
        for (int n = 0; n < into.length; n++) {
            into[n] = Math.max(into[n], other[n]);
        }
    }

    private List<Integer> children(int[] kids, int fixed, boolean zoneChildren) {
        List<Integer> out = new ArrayList<>();
        for (int kid : kids) {
            int st = zoneChildren ? c.state(fixed, kid) : c.state(kid, fixed);
            if (front[st] != null) {
                out.add(st);
            }
        }
        return out;
    }

    private long[] combined(List<Integer> states) {
        return states.isEmpty() ? null : prefixes(states)[states.size()];
    }

    /** prefix[i] = convolution of the fronts of the first i states. */
    private long[][] prefixes(List<Integer> states) {
        long[][] prefix = new long[states.size() + 1][];
        prefix[0] = new long[cap + 1];
        Arrays.fill(prefix[0], NONE);
        prefix[0][0] = 0;
        for (int i = 0; i < states.size(); i++) {
            prefix[i + 1] = convolve(prefix[i], front[states.get(i)]);
        }
        return prefix;
    }

    private long[] convolve(long[] a, long[] b) {
        long[] out = new long[cap + 1];
        Arrays.fill(out, NONE);
        for (int i = 0; i <= cap; i++) {
            if (a[i] == NONE) {
                continue;
            }
            for (int j = 0; i + j <= cap; j++) {
                if (b[j] != NONE) {
                    out[i + j] = Math.max(out[i + j], a[i] + b[j]);
                }
            }
        }
        return out;
    }

    private void backtrack(List<Integer> states, long[][] prefix, int n, long value, List<Integer> out) {
        for (int i = states.size() - 1; i >= 0; i--) {
            long[] f = front[states.get(i)];
            boolean found = false;
            for (int m = 0; m <= n && !found; m++) {
                if (f[m] != NONE && prefix[i][n - m] != NONE && prefix[i][n - m] + f[m] == value) {
                    read(states.get(i), m, f[m], out);
                    n -= m;
                    value -= f[m];
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException("inconsistent front");
            }
        }
    }

    /** Reads back the partition of state {@code st} with {@code n} lots and value {@code value}. */
    private void read(int st, int n, long value, List<Integer> out) {
        ProductTree.Node p = c.products.nodes().get(st / c.zoneCount);
        ZoneTree.Zone z = c.zones.zones().get(st % c.zoneCount);
        if (n == 1 && (!applyMinLotValue || c.allowed(st)) && (c.hasK(st) ? c.value[st] : 0) == value) {
            out.add(c.canonical[st]);
            return;
        }
        for (int option = 0; option < 2; option++) {
            List<Integer> kids = option == 0
                    ? (p.children().length > 0 ? children(p.children(), z.id(), false) : List.of())
                    : (!z.isLeaf() ? children(z.children(), p.id(), true) : List.of());
            if (kids.isEmpty()) {
                continue;
            }
            long[][] prefix = prefixes(kids);
            if (prefix[kids.size()][n] == value) {
                backtrack(kids, prefix, n, value, out);
                return;
            }
        }
        throw new IllegalStateException("no partition of state " + st + " with " + n + " lots");
    }
}
