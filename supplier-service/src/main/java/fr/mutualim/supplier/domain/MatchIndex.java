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

    /** The offers of one CPV code, with their month masks side by side: the first test, and the most selective. */
    private record Bucket(IndexedOffer[] offers, int[] monthMasks) {

        static Bucket of(List<IndexedOffer> offers) {
            return new Bucket(offers.toArray(IndexedOffer[]::new),
                    offers.stream().mapToInt(IndexedOffer::monthsMask).toArray());
        }
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
        BigDecimal capacity;
        BigDecimal margin;
        /** Computed when first needed: most candidates are ranked on their margin alone. */
        double maxDistanceKm = Double.NaN;

        Candidate(IndexedOffer offer, BigDecimal capacity) {
            this.offer = offer;
            this.capacity = capacity;
        }

        /** Keeps the offer with the most capacity, then the one whose id is first as text (as MatchRules' brute force). */
        void consider(IndexedOffer other, BigDecimal otherCapacity) {
            int byCapacity = otherCapacity.compareTo(capacity);
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
        return Comparator.comparing((Candidate c) -> c.margin).reversed()
                .thenComparingDouble(c -> c.maxDistanceKm(points))
                .thenComparing(c -> !c.offer.supplier().details().shortChain())
                .thenComparing(c -> c.offer.supplier().idText());
    }

    private static final byte UNKNOWN = 0;
    private static final byte REACHES = 1;
    private static final byte OUT_OF_REACH = 2;

    /** A page of matches, best first (see SupplierSearch for the ranking), and how many there are. */
    public Page search(SearchCriteria criteria, int limit, long offset) {
        int wanted = Months.mask(criteria.months());
        BigDecimal months = BigDecimal.valueOf(criteria.months().size());
        BigDecimal quantity = criteria.quantity();
        List<double[]> points = criteria.deliveryPoints().stream().map(GeoPoint::unitVector).toList();
        byte[] reach = new byte[slotCount];
        Candidate[] best = new Candidate[slotCount];
        List<Candidate> candidates = new ArrayList<>();
        for (Bucket bucket : byCpv.subMap(criteria.cpvPrefix(), true, criteria.cpvPrefix() + '\uffff', false).values()) {
            int[] masks = bucket.monthMasks();
            for (int i = 0; i < masks.length; i++) {
                if ((masks[i] & wanted) != wanted) {
                    continue;
                }
                IndexedOffer offer = bucket.offers()[i];
                if (criteria.unit() != null && criteria.unit() != offer.unit()) {
                    continue;
                }
                BigDecimal capacity = offer.capacityFor(months);
                if (capacity.compareTo(quantity) < 0) {
                    continue;
                }
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
        PriorityQueue<Candidate> top = new PriorityQueue<>((int) Math.max(1, Math.min(keep + 1, 1 << 16)),
                ranking.reversed());
        for (Candidate c : candidates) {
            // Rounded like MatchRules (and PostgreSQL's round(numeric, 4)), so that ties rank alike.
            c.margin = c.capacity.subtract(quantity).divide(quantity, 4, RoundingMode.HALF_UP);
            top.add(c);
            if (top.size() > keep) {
                top.poll();
            }
        }
        List<Candidate> ranked = new ArrayList<>(top);
        ranked.sort(ranking);
        List<Hit> hits = ranked.stream().skip(offset).limit(limit)
                .map(c -> new Hit(c.offer.supplier(), c.offer, c.capacity, c.margin,
                        c.maxDistanceKm(criteria.deliveryPoints()), labels(criteria, c.offer)))
                .toList();
        return new Page(hits, candidates.size());
    }

    private static boolean carries(SearchCriteria criteria, IndexedOffer offer) {
        return !offer.supplier().certifications().isEmpty()
                && labels(criteria, offer).egalimLabels().contains(criteria.requiredLabel());
    }

    private static DerivedLabels labels(SearchCriteria criteria, IndexedOffer offer) {
        return LabelDerivation.on(criteria.referenceDate(), offer.family(), offer.cpvCode(),
                offer.supplier().certifications());
    }
}
