package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Award scenario: lots by decreasing annual value (then id); each goes to the first supplier of its ranking that has
 * won fewer than maxLotsPerWinner lots and whose offers still have the capacity: annual capacity is consumed per offer
 * (an offer covering several lines is shared), and monthly capacity per offer and month (a lot needs its quantity
 * spread evenly over its months).
 */
final class AwardPlanner {

    private final PlanningModel m;
    private final Map<UUID, Integer> lineIndex = new HashMap<>();
    private final Map<UUID, Integer> supplierIndex = new HashMap<>();
    private final Map<UUID, SupplierOffer> offers = new HashMap<>();

    AwardPlanner(PlanningModel m) {
        this.m = m;
        for (int l = 0; l < m.lines.length; l++) {
            lineIndex.put(m.lines[l].lineId(), l);
        }
        for (int s = 0; s < m.suppliers.length; s++) {
            supplierIndex.put(m.suppliers[s].id(), s);
            m.suppliers[s].offers().forEach(o -> offers.put(o.offerId(), o));
        }
    }

    AwardScenario award(List<Lot> lots) {
        Integer maxPerWinner = m.params.maxLotsPerWinner();
        Map<UUID, long[]> remaining = new HashMap<>();
        Map<Integer, Integer> wins = new HashMap<>();
        Map<String, AwardScenario.Award> byLot = new HashMap<>();
        List<Lot> order = new ArrayList<>(lots);
        order.sort(Comparator.comparing(Lot::annualValue).reversed().thenComparing(Lot::id));
        for (Lot lot : order) {
            Map<Integer, long[]> needs = needs(lot);
            for (EligibleSupplier e : lot.eligible()) {
                int s = supplierIndex.get(e.supplierId());
                if (maxPerWinner != null && wins.getOrDefault(s, 0) >= maxPerWinner) {
                    continue;
                }
                Map<UUID, long[]> use = consumption(s, needs);
                if (fits(use, remaining)) {
                    use.forEach((offer, need) -> {
                        long[] left = remaining.get(offer);
                        for (int i = 0; i < need.length; i++) {
                            left[i] -= need[i];
                        }
                    });
                    wins.merge(s, 1, Integer::sum);
                    byLot.put(lot.id(), new AwardScenario.Award(lot.id(), e.supplierId(), e.name(), e.localShortChain(), lot.annualValue()));
                    break;
                }
            }
        }
        List<AwardScenario.Award> awards = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (Lot lot : lots) {
            AwardScenario.Award a = byLot.get(lot.id());
            if (a == null) {
                unassigned.add(lot.id());
            } else {
                awards.add(a);
            }
        }
        return new AwardScenario(awards, unassigned);
    }

    /** Per line of the lot: [quantity in thousandths, months mask]. */
    private Map<Integer, long[]> needs(Lot lot) {
        Map<Integer, long[]> needs = new LinkedHashMap<>();
        for (LotItem item : lot.items()) {
            long[] n = needs.computeIfAbsent(lineIndex.get(item.lineId()), k -> new long[2]);
            n[0] += item.quantity().unscaledValue().longValueExact();
            if (n[1] == 0) {
                n[1] = PlanningModel.mask(item.months());
            }
        }
        return needs;
    }

    /** Per offer of supplier s: [annual, month 1 .. month 12] quantities the lot would consume. */
    private Map<UUID, long[]> consumption(int s, Map<Integer, long[]> needs) {
        Map<UUID, long[]> use = new HashMap<>();
        needs.forEach((line, need) -> {
            int at = Arrays.binarySearch(m.offerers[line], s);
            SupplierOffer offer = m.offerOf[line][at];
            long[] u = use.computeIfAbsent(offer.offerId(), k -> new long[13]);
            u[0] += need[0];
            int months = Long.bitCount(need[1]);
            long perMonth = (need[0] + months - 1) / months;
            for (int month = 1; month <= 12; month++) {
                if ((need[1] & (1L << month)) != 0) {
                    u[month] += perMonth;
                }
            }
        });
        return use;
    }

    private boolean fits(Map<UUID, long[]> use, Map<UUID, long[]> remaining) {
        for (Map.Entry<UUID, long[]> e : use.entrySet()) {
            long[] left = remaining.computeIfAbsent(e.getKey(), this::capacityOf);
            for (int i = 0; i < 13; i++) {
                if (e.getValue()[i] > left[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    private long[] capacityOf(UUID offerId) {
        SupplierOffer o = offers.get(offerId);
        long[] c = new long[13];
        c[0] = PlanningModel.milli(o.annualCapacity());
        for (int month = 1; month <= 12; month++) {
            c[month] = o.monthlyCapacity() == null ? Long.MAX_VALUE / 4 : PlanningModel.milli(o.monthlyCapacity());
        }
        return c;
    }
}
