package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Joint bids for a lot that has fewer than k eligible local short-chain suppliers (where co-bidding adds competition):
 * sets of 2 or 3 suppliers, none eligible alone, such that every item (line, site) is served by a
 * member whose offer covers the line with its months and label and who reaches the site, and, per line, the members
 * covering it have together the capacity for the lot's quantity (usable capacity as for a single supplier).
 *
 * <p>Search cap, to stay linear in the lot's size: members are drawn from the {@value #MAX_MEMBERS} best-placed
 * non-eligible suppliers offering a line of the lot (short chain first, then the number of items they can serve, then
 * id); pairs are tried before triples, a triple is kept only if none of its pairs is a joint bid, and at most
 * {@value #MAX_BIDS} bids are listed per lot.
 */
final class JointBids {

    static final int MAX_MEMBERS = 12;
    static final int MAX_BIDS = 5;

    private final CandidateLots c;
    private final PlanningModel m;

    JointBids(CandidateLots c) {
        this.c = c;
        this.m = c.model;
    }

    List<JointBid> of(int st, List<PlanningModel.Part> parts, long[] partQty) {
        if (c.local[st].length >= c.k) {
            return List.of();
        }
        ZoneTree.Zone z = c.zones.zones().get(st % c.zoneCount);
        int[][] ranges = new int[parts.size()][];
        int items = 0;
        for (int i = 0; i < parts.size(); i++) {
            ranges[i] = m.range(parts.get(i).line(), z.from(), z.to());
            items += ranges[i][1] - ranges[i][0];
        }
        int[] eligible = c.eligible[st];
        List<Member> pool = new ArrayList<>();
        for (int s : candidates(parts)) {
            if (Arrays.binarySearch(eligible, s) >= 0) {
                continue;
            }
            Member member = member(s, parts, ranges, items);
            if (!member.served.isEmpty()) {
                pool.add(member);
            }
        }
        pool.sort(Comparator.comparing((Member x) -> !m.shortChain[x.supplier])
                .thenComparing(x -> -x.served.cardinality()).thenComparingInt(x -> x.supplier));
        List<Member> top = pool.subList(0, Math.min(MAX_MEMBERS, pool.size()));
        List<JointBid> out = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < top.size() && out.size() < MAX_BIDS; a++) {
            for (int b = a + 1; b < top.size() && out.size() < MAX_BIDS; b++) {
                if (serves(List.of(top.get(a), top.get(b)), parts, partQty, items)) {
                    pairs.add(new int[] {a, b});
                    out.add(bid(List.of(top.get(a), top.get(b))));
                }
            }
        }
        for (int a = 0; a < top.size() && out.size() < MAX_BIDS; a++) {
            for (int b = a + 1; b < top.size() && out.size() < MAX_BIDS; b++) {
                for (int d = b + 1; d < top.size() && out.size() < MAX_BIDS; d++) {
                    if (containsPair(pairs, a, b, d)) {
                        continue;
                    }
                    List<Member> trio = List.of(top.get(a), top.get(b), top.get(d));
                    if (serves(trio, parts, partQty, items)) {
                        out.add(bid(trio));
                    }
                }
            }
        }
        return out;
    }

    private static boolean containsPair(List<int[]> pairs, int a, int b, int d) {
        for (int[] p : pairs) {
            if ((p[0] == a || p[0] == b || p[0] == d) && (p[1] == a || p[1] == b || p[1] == d)) {
                return true;
            }
        }
        return false;
    }

    private int[] candidates(List<PlanningModel.Part> parts) {
        int total = 0;
        for (PlanningModel.Part p : parts) {
            total += p.suppliers().length;
        }
        int[] all = new int[total];
        int n = 0;
        for (PlanningModel.Part p : parts) {
            System.arraycopy(p.suppliers(), 0, all, n, p.suppliers().length);
            n += p.suppliers().length;
        }
        return LotBuilder.distinctSorted(all, n);
    }

    /** A possible member: the items it can serve and its usable capacity per part (-1 if it does not offer it). */
    private record Member(int supplier, BitSet served, long[] capacity) {}

    private Member member(int s, List<PlanningModel.Part> parts, int[][] ranges, int items) {
        BitSet served = new BitSet(items);
        long[] capacity = new long[parts.size()];
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            PlanningModel.Part part = parts.get(i);
            int at = Arrays.binarySearch(part.suppliers(), s);
            capacity[i] = at < 0 ? -1 : part.monthlyCap()[at] < 0 ? part.annualCap()[at]
                    : Math.min(part.annualCap()[at], part.monthlyCap()[at] * part.monthCount());
            int[] sites = m.lineSites[part.line()];
            if (at >= 0) {
                for (int j = ranges[i][0]; j < ranges[i][1]; j++) {
                    if (m.reaches(s, sites[j])) {
                        served.set(offset + j - ranges[i][0]);
                    }
                }
            }
            offset += ranges[i][1] - ranges[i][0];
        }
        return new Member(s, served, capacity);
    }

    private static boolean serves(List<Member> members, List<PlanningModel.Part> parts, long[] partQty, int items) {
        BitSet all = new BitSet(items);
        for (Member x : members) {
            all.or(x.served);
        }
        if (all.cardinality() != items) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            long sum = 0;
            for (Member x : members) {
                sum += Math.max(0, x.capacity[i]);
            }
            if (sum < partQty[i]) {
                return false;
            }
        }
        return true;
    }

    private JointBid bid(List<Member> members) {
        return new JointBid(members.stream().map(x -> m.suppliers[x.supplier].id()).toList(),
                members.stream().map(x -> m.suppliers[x.supplier].name()).toList(),
                members.stream().allMatch(x -> m.shortChain[x.supplier]));
    }
}
