package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A deliberately plain re-statement of the eligibility rules, used as the oracle of the property tests. */
final class NaiveEligibility {

    record Verdict(boolean eligible, boolean local, boolean offersSomeLine) {}

    private final PlanningInput input;
    private final Map<UUID, DemandLine> lines = new HashMap<>();
    private final Map<UUID, DeliverySite> sites = new HashMap<>();

    NaiveEligibility(PlanningInput input) {
        this.input = input;
        input.campaign().lines().forEach(l -> lines.put(l.lineId(), l));
        input.campaign().sites().forEach(s -> sites.put(s.canteenId(), s));
    }

    Verdict verdict(SupplierProfile s, Lot lot) {
        Map<UUID, BigDecimal> qty = new LinkedHashMap<>();
        Map<UUID, Set<Integer>> months = new HashMap<>();
        Set<UUID> lotSites = new HashSet<>();
        for (LotItem item : lot.items()) {
            qty.merge(item.lineId(), item.quantity(), BigDecimal::add);
            months.computeIfAbsent(item.lineId(), k -> new TreeSet<>()).addAll(item.months());
            lotSites.add(item.canteenId());
        }
        boolean ok = true;
        boolean offersSome = false;
        PlanParameters p = input.parameters();
        for (Map.Entry<UUID, BigDecimal> e : qty.entrySet()) {
            DemandLine line = lines.get(e.getKey());
            SupplierOffer best = null;
            for (SupplierOffer o : s.offers()) {
                if (o.unit().equals(line.unit()) && Cpv.digits(line.cpvCode()).startsWith(Cpv.coveringPrefix(o.cpvCode()))) {
                    int cmp = best == null ? -1 : o.annualCapacity().compareTo(best.annualCapacity());
                    if (best == null || cmp > 0 || (cmp == 0 && o.offerId().toString().compareTo(best.offerId().toString()) < 0)) {
                        best = o;
                    }
                }
            }
            if (best == null) {
                ok = false;
                continue;
            }
            offersSome = true;
            Set<Integer> needed = months.get(line.lineId());
            BigDecimal q = e.getValue();
            if (!best.months().containsAll(needed) || best.annualCapacity().compareTo(q) < 0) {
                ok = false;
            }
            if (best.monthlyCapacity() != null
                    && q.compareTo(best.monthlyCapacity().multiply(BigDecimal.valueOf(needed.size()))) > 0) {
                ok = false;
            }
            if (line.requiredLabel() != null && !hasLabel(s, line, line.requiredLabel(), p.contractStart())) {
                ok = false;
            }
        }
        boolean local = s.intermediaries() <= p.maxIntermediaries();
        for (UUID id : lotSites) {
            DeliverySite site = sites.get(id);
            double d = Geo.km(s.latitude(), s.longitude(), site.latitude(), site.longitude());
            if (d > s.deliveryRadiusKm()) {
                ok = false;
            }
            if (d > p.localRadiusKm()) {
                local = false;
            }
        }
        return new Verdict(ok, ok && local, offersSome);
    }

    static boolean hasLabel(SupplierProfile s, DemandLine line, String label, LocalDate d) {
        for (Certificate c : s.certificates()) {
            boolean valid = !d.isBefore(c.validFrom()) && !d.isAfter(c.validUntil()) && (c.revokedOn() == null || d.isBefore(c.revokedOn()));
            boolean scope = c.scopeFamilies().contains(line.family())
                    || c.scopeCpvPrefixes().stream().anyMatch(x -> Cpv.digits(line.cpvCode()).startsWith(x));
            if (label.equals(c.egalimLabel()) && valid && scope) {
                return true;
            }
        }
        return false;
    }
}
