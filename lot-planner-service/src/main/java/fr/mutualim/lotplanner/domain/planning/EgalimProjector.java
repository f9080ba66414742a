package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Projects EGAlim shares from the award scenario (domain.md §2.1 precedence, certificates valid at contract start). */
final class EgalimProjector {

    private final PlanningModel m;

    EgalimProjector(PlanningModel m) {
        this.m = m;
    }

    EgalimProjection project(List<Lot> lots, AwardScenario award) {
        Map<String, UUID> winner = new HashMap<>();
        award.awards().forEach(a -> winner.put(a.lotId(), a.supplierId()));
        Map<UUID, SupplierProfile> suppliers = new HashMap<>();
        for (SupplierProfile s : m.suppliers) {
            suppliers.put(s.id(), s);
        }
        Map<UUID, DemandLine> lines = new HashMap<>();
        for (DemandLine l : m.lines) {
            lines.put(l.lineId(), l);
        }
        Map<String, BigDecimal> byGroup = new LinkedHashMap<>();
        EgalimLabels.GROUPS.forEach(g -> byGroup.put(EgalimLabels.key(g), BigDecimal.ZERO.setScale(2)));
        BigDecimal total = BigDecimal.ZERO.setScale(2), none = BigDecimal.ZERO.setScale(2);
        for (Lot lot : lots) {
            UUID id = winner.containsKey(lot.id()) ? winner.get(lot.id())
                    : lot.eligible().isEmpty() ? null : lot.eligible().get(0).supplierId();
            Map<UUID, BigDecimal> perLine = new LinkedHashMap<>();
            lot.items().forEach(i -> perLine.merge(i.lineId(), i.annualValue(), BigDecimal::add));
            for (Map.Entry<UUID, BigDecimal> e : perLine.entrySet()) {
                total = total.add(e.getValue());
                if (id == null) {
                    none = none.add(e.getValue());
                    continue;
                }
                String group = group(suppliers.get(id), lines.get(e.getKey()));
                if (group != null) {
                    byGroup.merge(group, e.getValue(), BigDecimal::add);
                }
            }
        }
        BigDecimal bio = byGroup.get(EgalimLabels.BIO);
        BigDecimal durable = byGroup.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new EgalimProjection(total, bio, durable, LotPlanner.share(bio, total), LotPlanner.share(durable, total), none,
                Map.copyOf(byGroup), null);
    }

    /** The group the supplier's certificates valid at contract start and covering the line give, by precedence. */
    private String group(SupplierProfile s, DemandLine line) {
        Set<String> labels = new HashSet<>();
        for (Certificate c : s.certificates()) {
            if (c.egalimLabel() != null && PlanningModel.validOn(c, m.params.contractStart()) && PlanningModel.covers(c, line)) {
                labels.add(c.egalimLabel());
            }
        }
        return EgalimLabels.groupOf(labels);
    }
}
