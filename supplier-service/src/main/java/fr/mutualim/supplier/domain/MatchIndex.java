package fr.mutualim.supplier.domain;

import fr.mutualim.supplier.domain.LabelDerivation.DerivedLabels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An immutable snapshot of what the matchmaking search looks at (suppliers, their certificates and
 * their active offers), with the offers grouped by CPV code in code order, so that a prefix is a
 * range of codes. A search applies {@link MatchRules}' rules to the offers of that range only and
 * never touches the database. A change makes a new snapshot that shares what did not change.
 *
 * <p>The rules are computed as {@link MatchRules} computes them (same geometry, same rounding), so
 * a search finds exactly what evaluating every offer with MatchRules finds, in the same order.
 */
public final class MatchIndex {

    /**
     * What the search needs of a supplier, with its position as a unit vector and its reach as a
     * cosine; {@code slot} numbers it densely, so that a search keeps its per-supplier state in arrays.
     */
    public record IndexedSupplier(UUID id, int slot, SupplierDetails details, List<Certification> certifications,
                                  GeoPoint home, double[] unitVector, double reachCos, String idText) {

        /** The same test as {@link GeoPoint#within}, on precomputed vectors. */
        boolean reachesAll(List<double[]> points) {
            for (double[] point : points) {
                if (unitVector[0] * point[0] + unitVector[1] * point[1] + unitVector[2] * point[2] < reachCos) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An active offer and its supplier: only what the search and its answer use, as a hundred thousand
     * of them must fit in a small heap.
     */
    public record IndexedOffer(UUID id, IndexedSupplier supplier, String productLabel, String cpvCode,
                               ProductFamily family, Unit unit, BigDecimal annualCapacity, BigDecimal monthlyCapacity,
                               BigDecimal unitPriceExclTax, int monthsMask) {

        /** What it can deliver over {@code monthCount} months, as {@link OfferDetails#capacityFor}. */
        BigDecimal capacityFor(BigDecimal monthCount) {
            return monthlyCapacity == null ? annualCapacity : annualCapacity.min(monthlyCapacity.multiply(monthCount));
        }
    }

    /** A supplier that answers, with its best offer, what it can deliver, its margin and farthest point. */
    public record Hit(IndexedSupplier supplier, IndexedOffer offer, BigDecimal capacity, BigDecimal capacityMargin,
                      double maxDistanceKm, DerivedLabels labels) {
    }

    public record Page(List<Hit> hits, long total) {
    }

    /**
     * The offers of one CPV code, with what the search tests side by side (struct of arrays): month
     * masks (the first test, and the most selective), units, and capacities in thousandths (the
     * scale of their columns, numeric(14, 3), so exact; {@code NO_MONTHLY_CAPACITY} when none). An
     * offer is dereferenced only once it passes these, and a search allocates nothing per offer.
     */
    private record Bucket(IndexedOffer[] offers, int[] monthMasks, Unit[] units, long[] annualThousandths,
                          long[] monthlyThousandths) {

        static Bucket of(List<IndexedOffer> offers) {
            return new Bucket(offers.toArray(IndexedOffer[]::new),
                    offers.stream().mapToInt(IndexedOffer::monthsMask).toArray(),
                    offers.stream().map(IndexedOffer::unit).toArray(Unit[]::new),
                    offers.stream().mapToLong(o -> thousandths(o.annualCapacity())).toArray(),
                    offers.stream().mapToLong(o -> o.monthlyCapacity() == null ? NO_MONTHLY_CAPACITY
                            : thousandths(o.monthlyCapacity())).toArray());
        }

        /** What offer {@code i} can deliver over {@code monthCount} months, as {@link IndexedOffer#capacityFor}. */
        long capacityFor(int i, int monthCount) {
            long monthly = monthlyThousandths[i];
            return monthly == NO_MONTHLY_CAPACITY ? annualThousandths[i]
                    : Math.min(annualThousandths[i], monthly * monthCount);
        }
    }

    private static final long NO_MONTHLY_CAPACITY = -1;

    /** A capacity in thousandths; it has at most 3 decimals (its column), else this throws rather than round. */
    private static long thousandths(BigDecimal capacity) {
        return capacity.movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** The least number of thousandths that is at least {@code quantity}; Long.MAX_VALUE past what a long holds. */
    private static long thousandthsAtLeast(BigDecimal quantity) {
        BigDecimal needed = quantity.movePointRight(3).setScale(0, RoundingMode.CEILING);
        return needed.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : needed.longValueExact();
    }

    /** Slot numbers of supplier ids, shared by the snapshots of one index: a supplier keeps its slot. */
    private static final class Slots {
        private final Map<UUID, Integer> byId = new HashMap<>();

        synchronized int of(UUID id) {
            return byId.computeIfAbsent(id, unused -> byId.size());
        }

        synchronized int count() {
            return byId.size();
        }
    }

    private final Slots slots;
    private final int slotCount;
    /** Each supplier and its active offers. */
    private final Map<UUID, List<IndexedOffer>> offersBySupplier;
    /** Active offers by CPV code, codes in order. */
    private final NavigableMap<String, Bucket> byCpv;

    private MatchIndex(Slots slots, Map<UUID, List<IndexedOffer>> offersBySupplier, NavigableMap<String, Bucket> byCpv) {
        this.slots = slots;
        this.slotCount = slots.count();
        this.offersBySupplier = offersBySupplier;
        this.byCpv = byCpv;
    }

    public static MatchIndex empty() {
        return new MatchIndex(new Slots(), Map.of(), new TreeMap<>());
    }

    public int supplierCount() {
        return offersBySupplier.size();
    }

    /** A supplier to put in this index or its next snapshots (see {@link #with}). */
    public IndexedSupplier supplier(UUID id, SupplierDetails details, List<Certification> certifications) {
        GeoPoint home = new GeoPoint(details.latitude().doubleValue(), details.longitude().doubleValue());
        return new IndexedSupplier(id, slots.of(id), details, List.copyOf(certifications), home, home.unitVector(),
                Math.cos(Math.min(details.deliveryRadiusKm() / GeoPoint.EARTH_RADIUS_KM, Math.PI)), id.toString());
    }

    /**
     * A new snapshot where the suppliers of {@code changed} have the offers given there (an empty list
     * for a supplier without active offers); the others are shared with this one.
     */
    public MatchIndex with(Map<UUID, List<IndexedOffer>> changed) {
        Map<UUID, List<IndexedOffer>> suppliers = new HashMap<>(offersBySupplier);
        Map<String, List<IndexedOffer>> added = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Map.Entry<UUID, List<IndexedOffer>> entry : changed.entrySet()) {
            suppliers.getOrDefault(entry.getKey(), List.of()).forEach(o -> codes.add(o.cpvCode()));
            for (IndexedOffer offer : entry.getValue()) {
                codes.add(offer.cpvCode());
                added.computeIfAbsent(offer.cpvCode(), code -> new ArrayList<>()).add(offer);
            }
            suppliers.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        NavigableMap<String, Bucket> cpv = new TreeMap<>(byCpv);
        for (String code : codes) {
            List<IndexedOffer> kept = new ArrayList<>();
            Bucket old = cpv.get(code);
            if (old != null) {
                for (IndexedOffer offer : old.offers()) {
                    if (!changed.containsKey(offer.supplier().id())) {
                        kept.add(offer);
                    }
                }
            }
            kept.addAll(added.getOrDefault(code, List.of()));
            if (kept.isEmpty()) {
                cpv.remove(code);
            } else {
                cpv.put(code, Bucket.of(kept));
            }
        }
        return new MatchIndex(slots, suppliers, cpv);
    }

    /** One candidate of a search: a supplier's best offer so far. */
    private static final class Candidate {
        IndexedOffer offer;
        /** In thousandths, see {@link Bucket}. */
        long capacity;
        BigDecimal margin;
        /** Computed when first needed: most candidates are ranked on their margin alone. */
        double maxDistanceKm = Double.NaN;

        Candidate(IndexedOffer offer, long capacity) {
            this.offer = offer;
            this.capacity = capacity;
        }

        /** Keeps the offer with the most capacity, then the one whose id is first as text (as MatchRules' brute force). */
        void consider(IndexedOffer other, long otherCapacity) {
            int byCapacity = Long.compare(otherCapacity, capacity);
            if (byCapacity > 0 || byCapacity == 0 && other.id().toString().compareTo(offer.id().toString()) < 0) {
                offer = other;
                capacity = otherCapacity;
            }
        }

        double maxDistanceKm(List<GeoPoint> points) {
            if (Double.isNaN(maxDistanceKm)) {
                double max = 0;
                for (GeoPoint point : points) {
                    max = Math.max(max, offer.supplier().home().distanceKm(point));
                }
                maxDistanceKm = max;
            }
            return maxDistanceKm;
        }
    }

    /** Margin (largest first), farthest point (nearest first), short chain first, supplier id. */
    private static Comparator<Candidate> ranking(List<GeoPoint> points) {
        return (a, b) -> {
            int byMargin = b.margin.compareTo(a.margin);
            if (byMargin != 0) {
                return byMargin;
            }
            int byDistance = Double.compare(a.maxDistanceKm(points), b.maxDistanceKm(points));
            if (byDistance != 0) {
                return byDistance;
            }
            int byChain = Boolean.compare(!a.offer.supplier().details().shortChain(),
                    !b.offer.supplier().details().shortChain());
            return byChain != 0 ? byChain : a.offer.supplier().idText().compareTo(b.offer.supplier().idText());
        };
    }

    private static final byte UNKNOWN = 0;
    private static final byte REACHES = 1;
    private static final byte OUT_OF_REACH = 2;

    /** A page of matches, best first (see SupplierSearch for the ranking), and how many there are. */
    public Page search(SearchCriteria criteria, int limit, long offset) {
        int wanted = Months.mask(criteria.months());
        int monthCount = criteria.months().size();
        BigDecimal quantity = criteria.quantity();
        long needed = thousandthsAtLeast(quantity);
        List<double[]> points = criteria.deliveryPoints().stream().map(GeoPoint::unitVector).toList();
        byte[] reach = new byte[slotCount];
        Candidate[] best = new Candidate[slotCount];
        List<Candidate> candidates = new ArrayList<>();
        for (Bucket bucket : byCpv.subMap(criteria.cpvPrefix(), true, criteria.cpvPrefix() + '\uffff', false).values()) {
            int[] masks = bucket.monthMasks();
            for (int i = 0; i < masks.length; i++) {
                if ((masks[i] & wanted) != wanted || criteria.unit() != null && criteria.unit() != bucket.units()[i]) {
                    continue;
                }
                long capacity = bucket.capacityFor(i, monthCount);
                if (capacity < needed) {
                    continue;
                }
                IndexedOffer offer = bucket.offers()[i];
                int slot = offer.supplier().slot();
                if (reach[slot] == UNKNOWN) {
                    reach[slot] = offer.supplier().reachesAll(points) ? REACHES : OUT_OF_REACH;
                }
                if (reach[slot] == OUT_OF_REACH || criteria.requiredLabel() != null && !carries(criteria, offer)) {
                    continue;
                }
                if (best[slot] == null) {
                    best[slot] = new Candidate(offer, capacity);
                    candidates.add(best[slot]);
                } else {
                    best[slot].consider(offer, capacity);
                }
            }
        }
        // Only the candidates up to the end of the page need an order: a bounded heap, worst on top, keeps them.
        Comparator<Candidate> ranking = ranking(criteria.deliveryPoints());
        long keep = Math.min(candidates.size(), offset + limit);
        PriorityQueue<Candidate> top = new PriorityQueue<>((int) Math.max(1, Math.min(keep, 1 << 16)),
                ranking.reversed());
        for (Candidate c : candidates) {
            // Rounded like MatchRules (and PostgreSQL's round(numeric, 4)), so that ties rank alike.
            c.margin = BigDecimal.valueOf(c.capacity, 3).subtract(quantity).divide(quantity, 4, RoundingMode.HALF_UP);
            if (top.size() < keep) {
                top.add(c);
            } else if (ranking.compare(c, top.peek()) < 0) { // better than the worst kept, which it replaces
                top.poll();
                top.add(c);
            }
        }
        List<Candidate> ranked = new ArrayList<>(top);
        ranked.sort(ranking);
        BigDecimal months = BigDecimal.valueOf(monthCount);
        List<Hit> hits = ranked.stream().skip(offset).limit(limit)
                .map(c -> new Hit(c.offer.supplier(), c.offer, c.offer.capacityFor(months), c.margin,
                        c.maxDistanceKm(criteria.deliveryPoints()), labels(criteria, c.offer)))
                .toList();
        return new Page(hits, candidates.size());
    }

    private static boolean carries(SearchCriteria criteria, IndexedOffer offer) {
        return LabelDerivation.carries(criteria.requiredLabel(), criteria.referenceDate(), offer.family(),
                offer.cpvCode(), offer.supplier().certifications());
    }

    private static DerivedLabels labels(SearchCriteria criteria, IndexedOffer offer) {
        return LabelDerivation.on(criteria.referenceDate(), offer.family(), offer.cpvCode(),
                offer.supplier().certifications());
    }
}
