package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Turns a chosen candidate into a lot: items, sites, wording, ranked eligible suppliers and exclusion reasons. */
final class LotBuilder {

    /** A lot before ids and procedures are given; {@code sortKey} orders lots stably. */
    record Draft(long[] sortKey, Lot lot, int state) {}

    private static final Comparator<EligibleSupplier> RANKING = Comparator
            .comparing(EligibleSupplier::localShortChain).reversed()
            .thenComparing(EligibleSupplier::capacityMargin, Comparator.reverseOrder())
            .thenComparingDouble(EligibleSupplier::maxDistanceKm)
            .thenComparing(e -> e.supplierId().toString());

    private final CandidateLots c;
    private final PlanningModel m;
    private final int months;
    private final JointBids jointBids;
    /** "no offer for ..." depends on the line only: built once per line (exclusions can number in the millions). */
    private final String[] missingLine;

    LotBuilder(CandidateLots c) {
        this.c = c;
        this.m = c.model;
        this.jointBids = new JointBids(c);
        this.missingLine = new String[m.lines.length];
        this.months = m.params.durationMonths();
    }

    Draft build(int st) {
        ProductTree.Node p = c.products.nodes().get(st / c.zoneCount);
        ZoneTree.Zone z = c.zones.zones().get(st % c.zoneCount);
        List<PlanningModel.Part> parts = new ArrayList<>();
        collectParts(p, parts);
        parts.removeIf(part -> {
            int[] r = m.range(part.line(), z.from(), z.to());
            return r[0] == r[1];
        });
        List<LotItem> items = new ArrayList<>();
        int[] sitePositions = new int[16];
        int siteCount = 0;
        List<DemandLine> lines = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        long[] partQty = new long[parts.size()];
        int monthsUnion = 0;
        for (int i = 0; i < parts.size(); i++) {
            PlanningModel.Part part = parts.get(i);
            int[] r = m.range(part.line(), z.from(), z.to());
            Set<Integer> partMonths = CandidateLots.months(part.monthsMask());
            int[] sites = m.lineSites[part.line()];
            for (int j = r[0]; j < r[1]; j++) {
                items.add(new LotItem(m.lines[part.line()].lineId(), m.sites[sites[j]].canteenId(), partMonths,
                        BigDecimal.valueOf(part.qty(j, j + 1), 3), BigDecimal.valueOf(part.val(j, j + 1), 2)));
                if (siteCount == sitePositions.length) {
                    sitePositions = Arrays.copyOf(sitePositions, siteCount * 2);
                }
                sitePositions[siteCount++] = sites[j];
            }
            partQty[i] = part.qty(r[0], r[1]);
            lines.add(m.lines[part.line()]);
            quantities.add(BigDecimal.valueOf(partQty[i], 3));
            monthsUnion |= part.monthsMask();
        }
        List<UUID> siteIds = new ArrayList<>();
        List<String> siteNames = new ArrayList<>();
        int[] positions = distinctSorted(sitePositions, siteCount);
        for (int pos : positions) {
            siteIds.add(m.sites[pos].canteenId());
            siteNames.add(m.siteWording[pos]);
        }
        BigDecimal annual = BigDecimal.valueOf(c.value[st], 2);
        BigDecimal duration = annual.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        boolean season = p.kind() == ProductTree.Kind.SEASON;
        String category = c.products.categories().get(p.category());
        DemandLine first = lines.get(0);
        String title = LotWording.title(first.categoryLabel(), distinct(lines), p.categoryRoot(),
                z.id() == 0 ? null : zoneLabel(z.code()), z.id() == 0 ? null : zonePlaces(positions, siteNames),
                season ? CandidateLots.months(monthsUnion) : null);
        String description = LotWording.description(lines, quantities, CandidateLots.months(monthsUnion), siteNames, annual);
        List<EligibleSupplier> eligible = eligible(st, parts, partQty, positions);
        List<Exclusion> exclusions = exclusions(st, parts, partQty, positions);
        String mainCpv = mainCpv(parts, z);
        Lot lot = new Lot(null, title, description, category, first.categoryLabel(), mainCpv, List.copyOf(items),
                List.copyOf(siteIds), annual, duration, null, false, eligible, exclusions, c.local[st].length,
                splitReason(p, z), jointBids.of(st, parts, partQty));
        int minLine = Arrays.stream(p.lines()).min().orElse(0);
        long[] key = {p.category(), minLine, season ? p.part().no() : -1, z.from(), -z.to()};
        return new Draft(key, lot, st);
    }

    static int[] distinctSorted(int[] values, int count) {
        int[] a = Arrays.copyOf(values, count);
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || a[n - 1] != a[i]) {
                a[n++] = a[i];
            }
        }
        return Arrays.copyOf(a, n);
    }

    private static List<DemandLine> distinct(List<DemandLine> lines) {
        List<DemandLine> out = new ArrayList<>();
        for (DemandLine l : lines) {
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** The zone's communes when every site's is known, else its sites' names. */
    private String zonePlaces(int[] positions, List<String> siteNames) {
        if (!m.communesKnown) {
            return LotWording.names(siteNames, 3);
        }
        List<String> communes = new ArrayList<>(positions.length);
        for (int pos : positions) {
            communes.add(m.sites[pos].commune());
        }
        return LotWording.communes(communes, 3);
    }

    /** Zone codes are paths in the zone tree ("Z121" = zone 1.2.1). */
    static String zoneLabel(String code) {
        return String.join(".", code.substring(1).split(""));
    }

    private void collectParts(ProductTree.Node p, List<PlanningModel.Part> out) {
        if (p.lineLevel()) {
            out.add(p.part());
            return;
        }
        for (int child : p.children()) {
            collectParts(c.products.nodes().get(child), out);
        }
    }

    /** The CPV of the line with the largest value in the lot. */
    private String mainCpv(List<PlanningModel.Part> parts, ZoneTree.Zone z) {
        String best = null;
        long bestValue = -1;
        for (PlanningModel.Part part : parts) {
            int[] r = m.range(part.line(), z.from(), z.to());
            long v = part.val(r[0], r[1]);
            if (v > bestValue) {
                bestValue = v;
                best = m.lines[part.line()].cpvCode();
            }
        }
        return best;
    }

    private String splitReason(ProductTree.Node p, ZoneTree.Zone z) {
        List<String> reasons = new ArrayList<>();
        boolean wholesale = Arrays.stream(p.lines()).allMatch(c.products::wholesaleOnly);
        boolean anyOpen = false;
        for (int root : c.products.roots()) {
            ProductTree.Node r = c.products.nodes().get(root);
            if (r.category() == p.category()) {
                anyOpen = Arrays.stream(r.lines()).anyMatch(l -> !c.products.wholesaleOnly(l));
            }
        }
        if (!p.categoryRoot()) {
            if (wholesale && anyOpen) {
                reasons.add("lines only wholesalers or large suppliers offer, set apart");
            } else {
                reasons.add("split by product");
            }
        }
        if (p.kind() == ProductTree.Kind.SEASON) {
            reasons.add("split by season");
        }
        if (z.id() != 0) {
            reasons.add("split by delivery zone");
        }
        return reasons.isEmpty() ? "one lot per homogeneous category" : String.join(" + ", reasons);
    }

    private List<EligibleSupplier> eligible(int st, List<PlanningModel.Part> parts, long[] partQty, int[] positions) {
        List<EligibleSupplier> out = new ArrayList<>();
        int[] local = c.local[st];
        for (int s : c.eligible[st]) {
            double max = m.maxKm(s, positions);
            BigDecimal margin = null;
            for (int i = 0; i < parts.size(); i++) {
                PlanningModel.Part part = parts.get(i);
                int at = Arrays.binarySearch(part.suppliers(), s);
                long usable = part.monthlyCap()[at] < 0 ? part.annualCap()[at]
                        : Math.min(part.annualCap()[at], part.monthlyCap()[at] * part.monthCount());
                BigDecimal r = partQty[i] == 0 ? null
                        : BigDecimal.valueOf(usable - partQty[i]).divide(BigDecimal.valueOf(partQty[i]), 4, RoundingMode.HALF_UP);
                if (r != null && (margin == null || r.compareTo(margin) < 0)) {
                    margin = r;
                }
            }
            SupplierProfile sp = m.suppliers[s];
            out.add(new EligibleSupplier(sp.id(), sp.name(), sp.kind(), Arrays.binarySearch(local, s) >= 0,
                    Math.round(max * 10) / 10.0, margin == null ? BigDecimal.ZERO : margin, expiring(sp, parts)));
        }
        out.sort(RANKING);
        return out;
    }

    /** Certificates valid at contract start that give a label the lot requires or that would count, ending before the contract does. */
    private List<ExpiringCertificate> expiring(SupplierProfile sp, List<PlanningModel.Part> parts) {
        LocalDate start = m.params.contractStart();
        LocalDate lastDay = m.contractEnd.minusDays(1);
        List<ExpiringCertificate> out = new ArrayList<>();
        for (Certificate cert : sp.certificates()) {
            if (cert.egalimLabel() == null || !PlanningModel.validOn(cert, start)) {
                continue;
            }
            LocalDate last = cert.revokedOn() != null && cert.revokedOn().minusDays(1).isBefore(cert.validUntil())
                    ? cert.revokedOn().minusDays(1) : cert.validUntil();
            if (!last.isBefore(lastDay)) {
                continue;
            }
            boolean covers = false, required = false;
            for (PlanningModel.Part part : parts) {
                DemandLine line = m.lines[part.line()];
                if (PlanningModel.covers(cert, line)) {
                    covers = true;
                    required |= cert.egalimLabel().equals(line.requiredLabel());
                }
            }
            if (covers) {
                out.add(new ExpiringCertificate(cert.certificationId(), cert.type(), cert.egalimLabel(), last, required));
            }
        }
        out.sort(Comparator.comparing(ExpiringCertificate::lastValidDay).thenComparing(e -> e.certificationId().toString()));
        return out;
    }

    private List<Exclusion> exclusions(int st, List<PlanningModel.Part> parts, long[] partQty, int[] positions) {
        int total = 0;
        for (PlanningModel.Part part : parts) {
            total += m.offerers[part.line()].length;
        }
        int[] all = new int[total];
        int n = 0;
        for (PlanningModel.Part part : parts) {
            int[] who = m.offerers[part.line()];
            System.arraycopy(who, 0, all, n, who.length);
            n += who.length;
        }
        int[] offering = distinctSorted(all, n);
        int[] eligible = c.eligible[st];
        List<Exclusion> out = new ArrayList<>();
        for (int s : offering) {
            if (Arrays.binarySearch(eligible, s) >= 0) {
                continue;
            }
            SupplierProfile sp = m.suppliers[s];
            String[] reason = reason(s, parts, partQty, positions);
            out.add(new Exclusion(sp.id(), sp.name(), reason[0], reason[1]));
        }
        return out;
    }

    /** The first failing rule, in the order: missing line, months, label, capacity, distance. */
    String[] reason(int s, List<PlanningModel.Part> parts, long[] partQty, int[] positions) {
        for (PlanningModel.Part part : parts) {
            if (Arrays.binarySearch(m.offerers[part.line()], s) < 0) {
                if (missingLine[part.line()] == null) {
                    DemandLine line = m.lines[part.line()];
                    missingLine[part.line()] = "no offer for " + line.productLabel() + " (line " + line.lineNumber()
                            + ", CPV " + line.cpvCode() + ", " + LotWording.unit(line.unit()) + ")";
                }
                return new String[] {Exclusion.MISSING_LINE, missingLine[part.line()]};
            }
        }
        for (PlanningModel.Part part : parts) {
            int i = Arrays.binarySearch(m.offerers[part.line()], s);
            int missing = part.monthsMask() & ~m.offerMonths[part.line()][i];
            if (missing != 0) {
                return new String[] {Exclusion.MONTHS, "not available in months " + LotWording.monthList(CandidateLots.months(missing))
                        + " for " + m.lines[part.line()].productLabel()};
            }
        }
        for (PlanningModel.Part part : parts) {
            int i = Arrays.binarySearch(m.offerers[part.line()], s);
            if (!m.labelOk[part.line()][i]) {
                DemandLine line = m.lines[part.line()];
                return new String[] {Exclusion.LABEL, "no valid " + line.requiredLabel() + " certificate covering "
                        + line.productLabel() + " on " + m.params.contractStart()};
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            PlanningModel.Part part = parts.get(k);
            int i = Arrays.binarySearch(part.suppliers(), s);
            if (!part.capacityOk(i, partQty[k])) {
                DemandLine line = m.lines[part.line()];
                String unit = LotWording.unit(line.unit());
                String needed = LotWording.amount(BigDecimal.valueOf(partQty[k], 3));
                if (partQty[k] > part.annualCap()[i]) {
                    return new String[] {Exclusion.CAPACITY, "capacity " + LotWording.amount(BigDecimal.valueOf(part.annualCap()[i], 3))
                            + " " + unit + "/year for " + line.productLabel() + " < " + needed + " " + unit + " needed"};
                }
                BigDecimal perMonth = BigDecimal.valueOf(partQty[k], 3).divide(BigDecimal.valueOf(part.monthCount()), 3, RoundingMode.HALF_UP);
                return new String[] {Exclusion.CAPACITY, "monthly capacity " + LotWording.amount(BigDecimal.valueOf(part.monthlyCap()[i], 3))
                        + " " + unit + " for " + line.productLabel() + " < " + LotWording.amount(perMonth) + " " + unit + " needed per month"};
            }
        }
        int radius = m.suppliers[s].deliveryRadiusKm();
        for (int pos : positions) {
            if (!m.within(s, pos, radius)) {
                return new String[] {Exclusion.DISTANCE, m.sites[pos].name() + " is " + Math.round(m.km(s, pos)) + " km away, radius " + radius + " km"};
            }
        }
        throw new IllegalStateException("supplier " + m.suppliers[s].id() + " is excluded without a reason");
    }
}
