package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Indexed form of a {@link PlanningInput}: sites renumbered in zone order, lines sorted (category, line number,
 * id), quantities in thousandths and values in cents (exact longs), each supplier's one offer per line, and
 * per (supplier, leaf zone) bitmasks of the sites beyond its delivery radius and beyond the local radius.
 */
final class PlanningModel {

    /** One offer per supplier per line: among covering offers, the one with the most annual capacity (then offer id). */
    static final Comparator<SupplierOffer> PREFERRED_OFFER = Comparator
            .comparing(SupplierOffer::annualCapacity).reversed()
            .thenComparing(o -> o.offerId().toString());

    /**
     * A line, or a season part of it: the months it needs and, per item of the line (same positions as
     * {@code lineSites[line]}), its quantity (thousandths) and value (cents) with prefix sums.
     * {@code suppliers} are those whose offer covers the line, has the months and, if required, the label (sorted),
     * with their usable capacities.
     */
    record Part(int line, int no, int monthsMask, int monthCount, long[] qtyPrefix, long[] valPrefix,
            int[] suppliers, long[] annualCap, long[] monthlyCap) {

        long qty(int a, int b) {
            return qtyPrefix[b] - qtyPrefix[a];
        }

        long val(int a, int b) {
            return valPrefix[b] - valPrefix[a];
        }

        /** Capacity rule for supplier at position {@code i} of {@link #suppliers} and a lot quantity. */
        boolean capacityOk(int i, long lotQty) {
            if (lotQty > annualCap[i]) {
                return false;
            }
            return monthlyCap[i] < 0 || lotQty <= monthlyCap[i] * monthCount;
        }

        boolean isWhole() {
            return no < 0;
        }
    }

    final PlanParameters params;
    final Campaign campaign;
    final DeliverySite[] sites;
    final double[] lat;
    final double[] lon;
    final ZoneTree zones;
    final DemandLine[] lines;
    final String[] lineDigits;
    final int[][] lineSites;
    final Part[] whole;
    final Part[][] atomParts;
    final SupplierProfile[] suppliers;
    final boolean[] shortChain;
    final int[][] offerers;
    final SupplierOffer[][] offerOf;
    final boolean[][] labelOk;
    /**
     * Per leaf zone, per supplier: the bitmask of the leaf's sites beyond the supplier's delivery radius (resp. the
     * local radius). Indexed leaf first so that checking a leaf's suppliers in order reads one contiguous row.
     */
    final long[][] outMask;
    final long[][] localOutMask;
    /** First site position of each leaf zone. */
    final int[] leafFrom;
    final int[][] offerMonths;
    final double[][] siteUnit;
    final double[][] supplierUnit;
    final String[] siteWording;
    /** Every site has its commune: zone titles name communes, not (possibly cleaned) canteen names. */
    final boolean communesKnown;
    final LocalDate contractEnd;

    PlanningModel(PlanningInput input) {
        this.params = input.parameters();
        this.campaign = input.campaign();
        this.contractEnd = params.contractStart().plusMonths(params.durationMonths());
        List<DeliverySite> siteList = campaign.sites();
        int n = siteList.size();
        double[] la = new double[n], lo = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            la[i] = siteList.get(i).latitude();
            lo[i] = siteList.get(i).longitude();
            ids[i] = siteList.get(i).canteenId().toString();
        }
        zones = new ZoneTree(la, lo, ids);
        sites = new DeliverySite[n];
        lat = new double[n];
        lon = new double[n];
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int original = zones.order()[i];
            sites[i] = siteList.get(original);
            lat[i] = la[original];
            lon[i] = lo[original];
            if (position.put(sites[i].canteenId(), i) != null) {
                throw new IllegalArgumentException("campaign.sites: canteen " + sites[i].canteenId() + " is listed twice");
            }
        }
        siteUnit = new double[n][];
        siteWording = new String[n];
        for (int i = 0; i < n; i++) {
            siteUnit[i] = Geo.unit(lat[i], lon[i]);
            siteWording[i] = LotWording.clean(sites[i].name());
        }
        communesKnown = Arrays.stream(sites).allMatch(site -> site.commune() != null && !site.commune().isBlank());
        lines = campaign.lines().stream()
                .sorted(Comparator.comparing(DemandLine::categoryCode).thenComparingInt(DemandLine::lineNumber)
                        .thenComparing(l -> l.lineId().toString()))
                .toArray(DemandLine[]::new);
        suppliers = input.suppliers().stream().sorted(Comparator.comparing(s -> s.id().toString()))
                .toArray(SupplierProfile[]::new);
        shortChain = new boolean[suppliers.length];
        supplierUnit = new double[suppliers.length][];
        for (int s = 0; s < suppliers.length; s++) {
            shortChain[s] = suppliers[s].intermediaries() <= params.maxIntermediaries();
            supplierUnit[s] = Geo.unit(suppliers[s].latitude(), suppliers[s].longitude());
        }
        int lc = lines.length;
        lineDigits = new String[lc];
        lineSites = new int[lc][];
        whole = new Part[lc];
        atomParts = new Part[lc][];
        offerers = new int[lc][];
        offerOf = new SupplierOffer[lc][];
        offerMonths = new int[lc][];
        labelOk = new boolean[lc][];
        Map<String, List<int[]>> offerIndex = indexOffers();
        boolean[] offersSomething = new boolean[suppliers.length];
        for (int l = 0; l < lc; l++) {
            lineDigits[l] = Cpv.digits(lines[l].cpvCode());
            indexLineOffers(l, offerIndex);
            for (int s : offerers[l]) {
                offersSomething[s] = true;
            }
            buildParts(l, position);
        }
        outMask = new long[zones.leafCount()][suppliers.length];
        localOutMask = new long[zones.leafCount()][suppliers.length];
        leafFrom = new int[zones.leafCount()];
        buildReachMasks(offersSomething);
    }

    /** Offers by covering CPV prefix and unit, as {supplier, offer index, months mask} (the mask computed once per offer). */
    private Map<String, List<int[]>> indexOffers() {
        Map<String, List<int[]>> index = new HashMap<>();
        for (int s = 0; s < suppliers.length; s++) {
            List<SupplierOffer> offers = suppliers[s].offers();
            for (int o = 0; o < offers.size(); o++) {
                SupplierOffer offer = offers.get(o);
                index.computeIfAbsent(Cpv.coveringPrefix(offer.cpvCode()) + "|" + offer.unit(), k -> new ArrayList<>())
                        .add(new int[] {s, o, mask(offer.months())});
            }
        }
        return index;
    }

    private void indexLineOffers(int l, Map<String, List<int[]>> index) {
        DemandLine line = lines[l];
        List<int[]> hits = new ArrayList<>();
        String digits = lineDigits[l];
        for (int len = 0; len <= digits.length(); len++) {
            List<int[]> found = index.get(digits.substring(0, len) + "|" + line.unit());
            if (found != null) {
                hits.addAll(found);
            }
        }
        hits.sort(Comparator.comparingInt((int[] h) -> h[0]));
        int[] who = new int[hits.size()];
        SupplierOffer[] what = new SupplierOffer[hits.size()];
        int[] months = new int[hits.size()];
        int n = 0;
        for (int[] hit : hits) {
            SupplierOffer offer = suppliers[hit[0]].offers().get(hit[1]);
            if (n > 0 && who[n - 1] == hit[0]) {
                if (PREFERRED_OFFER.compare(offer, what[n - 1]) < 0) {
                    what[n - 1] = offer;
                    months[n - 1] = hit[2];
                }
                continue;
            }
            who[n] = hit[0];
            what[n] = offer;
            months[n] = hit[2];
            n++;
        }
        who = Arrays.copyOf(who, n);
        what = Arrays.copyOf(what, n);
        boolean[] label = new boolean[n];
        for (int i = 0; i < n; i++) {
            label[i] = line.requiredLabel() == null || validCertificate(suppliers[who[i]], line, line.requiredLabel()) != null;
        }
        offerers[l] = who;
        offerOf[l] = what;
        labelOk[l] = label;
        offerMonths[l] = Arrays.copyOf(months, n);
    }

    /** A certificate of the supplier giving {@code label}, valid at contract start, whose scope covers the line; or null. */
    Certificate validCertificate(SupplierProfile supplier, DemandLine line, String label) {
        LocalDate d = params.contractStart();
        return supplier.certificates().stream()
                .filter(c -> label.equals(c.egalimLabel()) && validOn(c, d) && covers(c, line))
                .min(Comparator.comparing(Certificate::validUntil).reversed().thenComparing(c -> c.certificationId().toString()))
                .orElse(null);
    }

    static boolean validOn(Certificate c, LocalDate d) {
        return !d.isBefore(c.validFrom()) && !d.isAfter(c.validUntil()) && (c.revokedOn() == null || d.isBefore(c.revokedOn()));
    }

    static boolean covers(Certificate c, DemandLine line) {
        if (c.scopeFamilies() != null && c.scopeFamilies().contains(line.family())) {
            return true;
        }
        String digits = Cpv.digits(line.cpvCode());
        return c.scopeCpvPrefixes() != null && c.scopeCpvPrefixes().stream().anyMatch(p -> digits.startsWith(Cpv.digits(p)));
    }

    static int mask(Set<Integer> months) {
        int m = 0;
        for (int month : months) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month + " is not in 1..12");
            }
            m |= 1 << month;
        }
        return m;
    }

    private void buildParts(int l, Map<UUID, Integer> position) {
        DemandLine line = lines[l];
        int months = mask(line.months());
        if (months == 0) {
            throw new IllegalArgumentException("line " + line.lineNumber() + ": no month");
        }
        UnitPrice price = new UnitPrice(line.unitPrice());
        int size = line.quantityPerSite().size();
        long[] byPosition = new long[size], qty = new long[size], cents = new long[size];
        int n = 0;
        for (Map.Entry<UUID, BigDecimal> e : line.quantityPerSite().entrySet()) {
            if (e.getValue() == null || e.getValue().signum() <= 0) {
                continue;
            }
            Integer pos = position.get(e.getKey());
            if (pos == null) {
                throw new IllegalArgumentException("line " + line.lineNumber() + ": canteen " + e.getKey() + " is not a site of the campaign");
            }
            qty[n] = thousandths(e.getValue());
            cents[n] = price.centsOf(qty[n]);
            byPosition[n] = (long) pos << 32 | n; // sorts by site position, then entry; both non-negative ints
            n++;
        }
        Arrays.sort(byPosition, 0, n);
        lineSites[l] = new int[n];
        long[] q = new long[n], v = new long[n];
        for (int i = 0; i < n; i++) {
            int entry = (int) byPosition[i];
            lineSites[l][i] = (int) (byPosition[i] >>> 32);
            q[i] = qty[entry];
            v[i] = cents[entry];
        }
        whole[l] = part(l, -1, months, q, v);
        int season = seasonPart(l, months);
        if (season == 0) {
            atomParts[l] = new Part[] {whole[l]};
            return;
        }
        int m = Integer.bitCount(months), a = Integer.bitCount(season);
        long[] qa = new long[n], va = new long[n], qb = new long[n], vb = new long[n];
        for (int i = 0; i < n; i++) {
            qa[i] = proRata(q[i], a, m);
            va[i] = proRata(v[i], a, m);
            qb[i] = q[i] - qa[i];
            vb[i] = v[i] - va[i];
        }
        atomParts[l] = new Part[] {part(l, 0, season, qa, va), part(l, 1, months & ~season, qb, vb)};
    }

    /** x * a / m rounded half up (x >= 0). */
    private static long proRata(long x, int a, int m) {
        return (x * 2L * a + m) / (2L * m);
    }

    /**
     * The season split of a line, or 0 for none: the months of the line that short-chain offers covering it most
     * often provide when they do not provide all its months (ties: lowest month mask). Seasonal offers are the
     * reason to split by season; the other part takes the remaining months.
     */
    private int seasonPart(int l, int months) {
        TreeMap<Integer, Integer> frequency = new TreeMap<>();
        for (int i = 0; i < offerers[l].length; i++) {
            if (!shortChain[offerers[l][i]] || !labelOk[l][i]) {
                continue;
            }
            int common = offerMonths[l][i] & months;
            if (common != 0 && common != months) {
                frequency.merge(common, 1, Integer::sum);
            }
        }
        int best = 0, count = 0;
        for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    private Part part(int l, int no, int months, long[] q, long[] v) {
        int n = q.length;
        long[] qp = new long[n + 1], vp = new long[n + 1];
        for (int i = 0; i < n; i++) {
            qp[i + 1] = qp[i] + q[i];
            vp[i + 1] = vp[i] + v[i];
        }
        int[] who = offerers[l];
        int[] keep = new int[who.length];
        long[] annual = new long[who.length], monthly = new long[who.length];
        int k = 0;
        for (int i = 0; i < who.length; i++) {
            SupplierOffer offer = offerOf[l][i];
            if (!labelOk[l][i] || (offerMonths[l][i] & months) != months) {
                continue;
            }
            keep[k] = who[i];
            annual[k] = milli(offer.annualCapacity());
            monthly[k] = offer.monthlyCapacity() == null ? -1 : milli(offer.monthlyCapacity());
            k++;
        }
        return new Part(l, no, months, Integer.bitCount(months), qp, vp, Arrays.copyOf(keep, k),
                Arrays.copyOf(annual, k), Arrays.copyOf(monthly, k));
    }

    /** A quantity in thousandths, rounded half up; exact integer arithmetic unless the value needs BigDecimal. */
    static long thousandths(BigDecimal q) {
        if (q.scale() >= 0 && q.scale() <= 3 && q.precision() <= 15) {
            return q.unscaledValue().longValue() * POWERS_OF_TEN[3 - q.scale()];
        }
        return q.setScale(3, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L};

    /**
     * A line's unit price, turning quantities in thousandths into values in cents rounded half up exactly as
     * {@code quantity.multiply(price).setScale(2, HALF_UP)} does. A region plan has about a million (line, site)
     * items, so the usual case (a price of at most 6 decimals, a product that fits a long) is done in longs.
     */
    static final class UnitPrice {
        private final BigDecimal price;
        private final long unscaled;
        private final long divisor;

        UnitPrice(BigDecimal price) {
            this.price = price;
            boolean small = price.signum() >= 0 && price.scale() >= 0 && price.scale() <= 6 && price.precision() <= 15;
            this.unscaled = small ? price.unscaledValue().longValue() : -1;
            this.divisor = small ? POWERS_OF_TEN[price.scale() + 1] : 0;
        }

        long centsOf(long milli) {
            if (unscaled >= 0 && milli >= 0 && Math.multiplyHigh(milli, unscaled) == 0) {
                long product = milli * unscaled;
                if (product >= 0 && product < Long.MAX_VALUE / 2) {
                    return (product + divisor / 2) / divisor;
                }
            }
            return BigDecimal.valueOf(milli, 3).multiply(price).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        }
    }

    /** Capacity in thousandths, rounded down (a capacity never rounds up). */
    static long milli(BigDecimal x) {
        return x.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private void buildReachMasks(boolean[] relevant) {
        List<ZoneTree.Zone> leaves = zones.zones().stream().filter(ZoneTree.Zone::isLeaf).toList();
        int leafCount = zones.leafCount();
        double[] cLat = new double[leafCount], cLon = new double[leafCount], radius = new double[leafCount];
        int[] from = new int[leafCount], to = new int[leafCount];
        for (ZoneTree.Zone z : leaves) {
            int f = z.leaf();
            from[f] = z.from();
            to[f] = z.to();
            leafFrom[f] = z.from();
            double sLat = 0, sLon = 0;
            for (int i = z.from(); i < z.to(); i++) {
                sLat += lat[i];
                sLon += lon[i];
            }
            int size = Math.max(1, z.size());
            cLat[f] = sLat / size;
            cLon[f] = sLon / size;
            for (int i = z.from(); i < z.to(); i++) {
                radius[f] = Math.max(radius[f], Geo.km(cLat[f], cLon[f], lat[i], lon[i]));
            }
        }
        double local = params.localRadiusKm();
        for (int s = 0; s < suppliers.length; s++) {
            if (!relevant[s]) {
                continue;
            }
            SupplierProfile sp = suppliers[s];
            for (int f = 0; f < leafCount; f++) {
                double d = Geo.km(sp.latitude(), sp.longitude(), cLat[f], cLon[f]);
                outMask[f][s] = beyond(s, d, radius[f], sp.deliveryRadiusKm(), from[f], to[f]);
                localOutMask[f][s] = beyond(s, d, radius[f], local, from[f], to[f]);
            }
        }
    }

    /** Bitmask of the leaf's sites farther than {@code limit} km; the centroid bound avoids most exact distances. */
    private long beyond(int s, double centroidKm, double leafRadius, double limit, int from, int to) {
        final double slack = 1e-6;
        if (centroidKm + leafRadius < limit - slack) {
            return 0L;
        }
        int size = to - from;
        if (centroidKm - leafRadius > limit + slack) {
            return size == 64 ? -1L : (1L << size) - 1;
        }
        long m = 0;
        for (int i = from; i < to; i++) {
            if (!within(s, i, limit)) {
                m |= 1L << (i - from);
            }
        }
        return m;
    }

    /**
     * Whether a site is within {@code limit} km of a supplier (haversine). Compares chords first and computes the
     * haversine only within a micrometre band of the limit, so results are those of {@link Geo#km}.
     */
    boolean within(int s, int site, double limit) {
        double c2 = Geo.chord2(supplierUnit[s], siteUnit[site]);
        if (c2 < Geo.chord2OfKm(Math.max(0, limit - 1e-6))) {
            return true;
        }
        if (c2 > Geo.chord2OfKm(limit + 1e-6)) {
            return false;
        }
        return km(s, site) <= limit;
    }

    /** Whether the supplier (one offering some line) delivers to the site position: O(1) through the leaf masks. */
    boolean reaches(int s, int position) {
        int leaf = zones.leafOfPosition(position);
        return (outMask[leaf][s] & (1L << (position - leafFrom[leaf]))) == 0;
    }

    /** The largest distance from a supplier to the given site positions, in km. */
    double maxKm(int s, int[] positions) {
        double best = 0;
        int far = -1;
        for (int pos : positions) {
            double c2 = Geo.chord2(supplierUnit[s], siteUnit[pos]);
            if (c2 > best) {
                best = c2;
                far = pos;
            }
        }
        return far < 0 ? 0 : km(s, far);
    }

    /** [a, b) range of the line's items whose site position is in [from, to). */
    int[] range(int line, int from, int to) {
        int[] s = lineSites[line];
        return new int[] {lowerBound(s, from), lowerBound(s, to)};
    }

    static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    double km(int supplier, int site) {
        return Geo.km(suppliers[supplier].latitude(), suppliers[supplier].longitude(), lat[site], lon[site]);
    }

    /** Producer-type suppliers: neither a wholesaler nor a large company. */
    boolean isProducerType(int supplier) {
        SupplierProfile s = suppliers[supplier];
        return !"WHOLESALER".equals(s.kind()) && !"LARGE".equals(s.sizeClass());
    }
}
