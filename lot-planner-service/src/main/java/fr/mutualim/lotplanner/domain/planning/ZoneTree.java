package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Delivery zones: a deterministic hierarchical clustering of the sites (bisecting 2-means on an equirectangular
 * projection, seeded with the extreme sites of the wider axis). Sites are renumbered in the depth-first order of the
 * tree so that every zone is a contiguous range of site indices; leaves hold at most {@link #MAX_LEAF} sites so a
 * leaf's sites fit in one {@code long} bitmask. Zones are split down to {@link #MIN_DEPTH} levels (while they hold
 * at least 4 sites) to offer a few granularities, and further while they are too big for a leaf.
 */
final class ZoneTree {

    static final int MAX_LEAF = 64;
    static final int MIN_DEPTH = 5;

    /** A zone: site range [from, to) in tree order; children empty for a leaf; {@code leaf} its leaf number or -1. */
    record Zone(int id, String code, int from, int to, int[] children, int leaf, int parent) {
        boolean isLeaf() {
            return children.length == 0;
        }
        int size() {
            return to - from;
        }
    }

    private final List<Zone> zones = new ArrayList<>();
    private final int[] order;
    private final int[] leafOfSite;
    private int leafCount;

    /** @param ids a stable tie-break key per site (its canteen id as text) */
    ZoneTree(double[] lat, double[] lon, String[] ids) {
        int n = lat.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparing((Integer i) -> ids[i]));
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = idx[i];
        }
        double meanLat = 0;
        for (double v : lat) {
            meanLat += v;
        }
        meanLat = n == 0 ? 0 : meanLat / n;
        double[] x = new double[n];
        double[] y = new double[n];
        double c = Math.cos(Math.toRadians(meanLat));
        for (int i = 0; i < n; i++) {
            x[i] = lon[i] * c;
            y[i] = lat[i];
        }
        build(x, y, 0, n, 0, "Z", -1);
        leafOfSite = new int[n];
        for (Zone z : zones) {
            if (z.isLeaf()) {
                Arrays.fill(leafOfSite, z.from(), z.to(), z.leaf());
            }
        }
    }

    private int build(double[] x, double[] y, int from, int to, int depth, String code, int parent) {
        int id = zones.size();
        zones.add(null);
        int size = to - from;
        boolean split = size > MAX_LEAF || (depth < MIN_DEPTH && size >= 4);
        int mid = split ? bisect(x, y, from, to) : -1;
        if (mid <= from || mid >= to) {
            zones.set(id, new Zone(id, code, from, to, new int[0], leafCount++, parent));
            return id;
        }
        int left = build(x, y, from, mid, depth + 1, code + "1", id);
        int right = build(x, y, mid, to, depth + 1, code + "2", id);
        zones.set(id, new Zone(id, code, from, to, new int[] {left, right}, -1, parent));
        return id;
    }

    /** Reorders order[from, to) into two clusters and returns the split point. */
    private int bisect(double[] x, double[] y, int from, int to) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int aX = from, bX = from, aY = from, bY = from;
        for (int i = from; i < to; i++) {
            int s = order[i];
            if (x[s] < minX) { minX = x[s]; aX = i; }
            if (x[s] > maxX) { maxX = x[s]; bX = i; }
            if (y[s] < minY) { minY = y[s]; aY = i; }
            if (y[s] > maxY) { maxY = y[s]; bY = i; }
        }
        boolean useX = maxX - minX >= maxY - minY;
        int a = order[useX ? aX : aY];
        int b = order[useX ? bX : bY];
        double c1x = x[a], c1y = y[a], c2x = x[b], c2y = y[b];
        boolean[] second = new boolean[to - from];
        if (c1x == c2x && c1y == c2y) {
            return medianSplit(from, to);
        }
        for (int iter = 0; iter < 12; iter++) {
            double s1x = 0, s1y = 0, s2x = 0, s2y = 0;
            int n1 = 0, n2 = 0;
            for (int i = from; i < to; i++) {
                int s = order[i];
                double d1 = sq(x[s] - c1x) + sq(y[s] - c1y);
                double d2 = sq(x[s] - c2x) + sq(y[s] - c2y);
                boolean two = d2 < d1;
                second[i - from] = two;
                if (two) { s2x += x[s]; s2y += y[s]; n2++; } else { s1x += x[s]; s1y += y[s]; n1++; }
            }
            if (n1 == 0 || n2 == 0) {
                return medianSplit(from, to);
            }
            c1x = s1x / n1; c1y = s1y / n1; c2x = s2x / n2; c2y = s2y / n2;
        }
        int[] tmp = new int[to - from];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = from; i < to; i++) {
                if (second[i - from] == (pass == 1)) {
                    tmp[k++] = order[i];
                }
            }
        }
        int mid = from;
        for (boolean s : second) {
            if (!s) mid++;
        }
        System.arraycopy(tmp, 0, order, from, tmp.length);
        return mid;
    }

    private int medianSplit(int from, int to) {
        return from + (to - from) / 2;
    }

    private static double sq(double v) {
        return v * v;
    }

    List<Zone> zones() {
        return zones;
    }

    /** order()[i] = original index of the site at tree position i. */
    int[] order() {
        return order;
    }

    int leafCount() {
        return leafCount;
    }

    int leafOfPosition(int position) {
        return leafOfSite[position];
    }

    /** Zones in post-order (children before parents). */
    List<Zone> postOrder() {
        List<Zone> out = new ArrayList<>(zones.size());
        post(0, out);
        return out;
    }

    private void post(int id, List<Zone> out) {
        Zone z = zones.get(id);
        for (int c : z.children()) {
            post(c, out);
        }
        out.add(z);
    }
}
