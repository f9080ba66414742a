package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The candidate lots of a campaign: every (product node, zone) pair of the product tree x zone tree that holds
 * items, with its value, eligible suppliers and local short-chain count. Items are the atoms of the partition:
 * a (line, site) pair, or a (line, site, season part) when the line has a season split.
 *
 * <p>Eligibility is computed bottom-up. For a line (or season part) in a leaf zone it is checked directly (offer,
 * months, label, capacity, delivery radius through the per-leaf bitmasks). Going up the zone tree, a supplier
 * eligible for the union is eligible for every part, so the parent set is the intersection of its children's sets,
 * re-checked for capacity against the larger quantity. Going up the product tree, capacity is per line, so the
 * parent set is exactly the intersection. Same for the local short-chain subsets.
 *
 * <p>A later exact benchmark solves set partitioning over {@link #candidates()} and {@link #itemsOf(int)}.
 */
public final class CandidateLots {

    /** An atom of the partition. */
    public record Item(int index, UUID lineId, UUID canteenId, Set<Integer> months, BigDecimal quantity, BigDecimal annualValue) {}

    /** A candidate lot. {@code allowed} is false when it is below minLotValue (category-wide lots always allowed). */
    public record Candidate(int index, String categoryCode, String productCode, String zoneCode, BigDecimal annualValue,
            int localShortChainEligible, List<UUID> eligibleSupplierIds, boolean allowed) {}

    final PlanningModel model;
    final ProductTree products;
    final ZoneTree zones;
    final int zoneCount;
    final int[][] eligible;
    final int[][] local;
    final long[] value;
    final int[] canonical;
    final int[] candidateState;
    final int[] atomBase;
    final long minLotCents;
    final int k;
    /**
     * Work buffers of the size of the supplier directory. A region has about a million states; giving each one
     * exact-size arrays copied from these instead of fresh supplier-sized ones keeps the plan's garbage low.
     * The stored sets are never written after they are made, so equal sets are shared between states.
     */
    private final int[] scratch;
    private final int[] scratchLocal;

    CandidateLots(PlanningModel model) {
        this.model = model;
        this.products = new ProductTree(model);
        this.zones = model.zones;
        this.k = model.params.minLocalSuppliers();
        this.minLotCents = model.params.minLotValue() == null ? 0
                : model.params.minLotValue().movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        zoneCount = zones.zones().size();
        scratch = new int[model.suppliers.length];
        scratchLocal = new int[model.suppliers.length];
        int states = products.nodes().size() * zoneCount;
        eligible = new int[states][];
        local = new int[states][];
        value = new long[states];
        canonical = new int[states];
        Arrays.fill(canonical, -1);
        List<ZoneTree.Zone> post = zones.postOrder();
        for (ProductTree.Node p : products.nodes()) {
            for (ZoneTree.Zone z : post) {
                compute(p, z);
            }
        }
        List<Integer> list = new ArrayList<>();
        for (int st = 0; st < states; st++) {
            if (eligible[st] != null && canonical[st] == st) {
                list.add(st);
            }
        }
        candidateState = list.stream().mapToInt(Integer::intValue).toArray();
        atomBase = new int[model.lines.length + 1];
        for (int l = 0; l < model.lines.length; l++) {
            atomBase[l + 1] = atomBase[l] + model.lineSites[l].length * model.atomParts[l].length;
        }
    }

    int state(int node, int zone) {
        return node * zoneCount + zone;
    }

    private void compute(ProductTree.Node p, ZoneTree.Zone z) {
        int st = state(p.id(), z.id());
        if (p.lineLevel() && z.isLeaf()) {
            leaf(p, z, st);
            canonical[st] = eligible[st] == null ? -1 : st;
            return;
        }
        if (p.lineLevel()) {
            int[] kids = nonEmpty(p.id(), z.children(), true);
            if (kids.length == 0) {
                return;
            }
            int[] range = model.range(p.part().line(), z.from(), z.to());
            long qty = p.part().qty(range[0], range[1]);
            value[st] = p.part().val(range[0], range[1]);
            int[] common = intersectAll(eligible, kids);
            eligible[st] = filterCapacity(p.part(), common, qty);
            local[st] = intersect(eligible[st], intersectAll(local, kids));
            canonical[st] = kids.length == 1 ? canonical[kids[0]] : st;
            return;
        }
        int[] kids = nonEmpty(z.id(), p.children(), false);
        if (kids.length == 0) {
            return;
        }
        long v = 0;
        for (int kid : kids) {
            v += value[kid];
        }
        value[st] = v;
        eligible[st] = intersectAll(eligible, kids);
        local[st] = intersect(eligible[st], intersectAll(local, kids));
        canonical[st] = kids.length == 1 ? canonical[kids[0]] : st;
    }

    /** Non-empty child states: zone children of a product node, or product children in a zone. */
    private int[] nonEmpty(int fixed, int[] children, boolean zoneChildren) {
        int[] out = new int[children.length];
        int n = 0;
        for (int c : children) {
            int st = zoneChildren ? state(fixed, c) : state(c, fixed);
            if (eligible[st] != null) {
                out[n++] = st;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void leaf(ProductTree.Node p, ZoneTree.Zone z, int st) {
        PlanningModel.Part part = p.part();
        int line = part.line();
        int[] range = model.range(line, z.from(), z.to());
        if (range[0] == range[1]) {
            return;
        }
        long itemMask = 0;
        int[] sites = model.lineSites[line];
        for (int i = range[0]; i < range[1]; i++) {
            itemMask |= 1L << (sites[i] - z.from());
        }
        long qty = part.qty(range[0], range[1]);
        value[st] = part.val(range[0], range[1]);
        int[] who = part.suppliers();
        int[] elig = scratch, loc = scratchLocal;
        int e = 0, lo = 0;
        long[] out = model.outMask[z.leaf()], localOut = model.localOutMask[z.leaf()];
        for (int i = 0; i < who.length; i++) {
            int s = who[i];
            if ((out[s] & itemMask) != 0 || !part.capacityOk(i, qty)) {
                continue;
            }
            elig[e++] = s;
            if (model.shortChain[s] && (localOut[s] & itemMask) == 0) {
                loc[lo++] = s;
            }
        }
        eligible[st] = Arrays.copyOf(elig, e);
        local[st] = Arrays.copyOf(loc, lo);
    }

    /** The candidates (sorted) whose offer for the part has the capacity for {@code qty}; a merge walk, both lists sorted. */
    private int[] filterCapacity(PlanningModel.Part part, int[] candidates, long qty) {
        int n = 0;
        int[] who = part.suppliers();
        int i = 0;
        for (int s : candidates) {
            while (who[i] < s) {
                i++;
            }
            if (part.capacityOk(i, qty)) {
                scratch[n++] = s;
            }
        }
        return n == candidates.length ? candidates : Arrays.copyOf(scratch, n);
    }

    private int[] intersectAll(int[][] sets, int[] states) {
        int[] acc = sets[states[0]];
        for (int i = 1; i < states.length && acc.length > 0; i++) {
            acc = intersect(acc, sets[states[i]]);
        }
        return acc;
    }

    /** The intersection of two sorted sets: one of them when it is contained in the other, else a new array. */
    private int[] intersect(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                scratch[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == a.length ? a : n == b.length ? b : Arrays.copyOf(scratch, n);
    }

    boolean hasK(int st) {
        return local[st].length >= k;
    }

    boolean allowed(int st) {
        ProductTree.Node p = products.nodes().get(st / zoneCount);
        return value[st] >= minLotCents || (p.categoryRoot() && st % zoneCount == 0);
    }

    // ---- public view -------------------------------------------------------------------------------------

    /** k, the number of eligible local short-chain suppliers a lot needs to count in the objective. */
    public int k() {
        return k;
    }

    public int itemCount() {
        return atomBase[model.lines.length];
    }

    /** The atoms, built on demand (there may be a million). */
    public List<Item> items() {
        List<Item> out = new ArrayList<>(itemCount());
        for (int l = 0; l < model.lines.length; l++) {
            for (PlanningModel.Part part : model.atomParts[l]) {
                Set<Integer> months = months(part.monthsMask());
                int[] sites = model.lineSites[l];
                for (int i = 0; i < sites.length; i++) {
                    out.add(new Item(out.size(), model.lines[l].lineId(), model.sites[sites[i]].canteenId(), months,
                            BigDecimal.valueOf(part.qty(i, i + 1), 3), BigDecimal.valueOf(part.val(i, i + 1), 2)));
                }
            }
        }
        return out;
    }

    private static final List<Set<Integer>> MONTH_SETS = new ArrayList<>();

    static {
        for (int mask = 0; mask < 1 << 13; mask++) {
            MONTH_SETS.add(monthSet(mask));
        }
    }

    /** The months of a mask (bit m = month m), shared immutable sets. */
    static Set<Integer> months(int mask) {
        return MONTH_SETS.get(mask);
    }

    private static Set<Integer> monthSet(int mask) {
        Set<Integer> months = new TreeSet<>();
        for (int m = 1; m <= 12; m++) {
            if ((mask & (1 << m)) != 0) {
                months.add(m);
            }
        }
        return java.util.Collections.unmodifiableSet(months);
    }

    public int candidateCount() {
        return candidateState.length;
    }

    public List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>(candidateState.length);
        for (int i = 0; i < candidateState.length; i++) {
            out.add(candidate(i));
        }
        return out;
    }

    public Candidate candidate(int index) {
        int st = candidateState[index];
        ProductTree.Node p = products.nodes().get(st / zoneCount);
        ZoneTree.Zone z = zones.zones().get(st % zoneCount);
        List<UUID> ids = new ArrayList<>();
        for (int s : eligible[st]) {
            ids.add(model.suppliers[s].id());
        }
        return new Candidate(index, products.categories().get(p.category()), p.code(), z.code(),
                BigDecimal.valueOf(value[st], 2), local[st].length, ids, allowed(st));
    }

    /** Indices (into {@link #items()}) of the atoms a candidate covers, ascending. */
    public int[] itemsOf(int index) {
        return atomsOfState(candidateState[index]);
    }

    int[] atomsOfState(int st) {
        ProductTree.Node p = products.nodes().get(st / zoneCount);
        ZoneTree.Zone z = zones.zones().get(st % zoneCount);
        List<int[]> ranges = new ArrayList<>();
        collectAtoms(p, z, ranges);
        int total = 0;
        for (int[] r : ranges) {
            total += r[1] - r[0];
        }
        int[] out = new int[total];
        int n = 0;
        for (int[] r : ranges) {
            for (int a = r[0]; a < r[1]; a++) {
                out[n++] = a;
            }
        }
        return out;
    }

    private void collectAtoms(ProductTree.Node p, ZoneTree.Zone z, List<int[]> ranges) {
        if (!p.lineLevel() || (p.kind() == ProductTree.Kind.LINE && p.children().length > 0)) {
            for (int c : p.children()) {
                collectAtoms(products.nodes().get(c), z, ranges);
            }
            return;
        }
        int line = p.part().line();
        int[] r = model.range(line, z.from(), z.to());
        int partIndex = p.part().isWhole() ? 0 : p.part().no();
        int base = atomBase[line] + partIndex * model.lineSites[line].length;
        ranges.add(new int[] {base + r[0], base + r[1]});
    }
}
