package fr.mutualim.lotplanner.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules every plan respects, checked on 250 seeded random instances. */
class LotPlannerPropertiesTest {

    static final int SEEDS = 250;
    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();
    private static final Map<Long, PlanningInput> INPUTS = new HashMap<>();
    private static final Map<Long, Plan> PLANS = new HashMap<>();

    static synchronized PlanningInput input(long seed) {
        return INPUTS.computeIfAbsent(seed, RandomInstances::small);
    }

    static synchronized Plan plan(long seed) {
        return PLANS.computeIfAbsent(seed, s -> new LotPlanner().plan(input(s), THRESHOLDS));
    }

    @Test
    void everyPairWithQuantityIsCoveredExactlyOnceAcrossLots() {
        for (long s = 1; s <= SEEDS; s++) {
            final long seed = s;
            PlanningInput in = input(seed);
            Map<String, BigDecimal> covered = new HashMap<>();
            Map<String, List<Set<Integer>>> months = new HashMap<>();
            for (Lot lot : plan(seed).lots()) {
                for (LotItem item : lot.items()) {
                    String key = item.lineId() + "/" + item.canteenId();
                    covered.merge(key, item.quantity(), BigDecimal::add);
                    months.computeIfAbsent(key, k -> new ArrayList<>()).add(item.months());
                }
            }
            Map<String, BigDecimal> expected = new HashMap<>();
            for (DemandLine line : in.campaign().lines()) {
                line.quantityPerSite().forEach((site, q) -> {
                    if (q.signum() > 0) {
                        String key = line.lineId() + "/" + site;
                        expected.put(key, q.setScale(3, RoundingMode.HALF_UP));
                        Set<Integer> union = new TreeSet<>();
                        int count = 0;
                        for (Set<Integer> m : months.getOrDefault(key, List.of())) {
                            union.addAll(m);
                            count += m.size();
                        }
                        assertEquals(line.months(), union, "seed " + seed + ": months of " + key);
                        assertEquals(line.months().size(), count, "seed " + seed + ": season parts of " + key + " overlap");
                    }
                });
            }
            assertEquals(expected.keySet(), covered.keySet(), "seed " + seed);
            for (String key : expected.keySet()) {
                assertEquals(0, expected.get(key).compareTo(covered.get(key)), "seed " + seed + ": quantity of " + key);
            }
        }
    }

    @Test
    void lotValuesAddUpToTheCampaignValue() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            PlanningInput in = input(seed);
            Plan plan = plan(seed);
            BigDecimal campaign = BigDecimal.ZERO;
            for (DemandLine line : in.campaign().lines()) {
                for (BigDecimal q : line.quantityPerSite().values()) {
                    if (q.signum() > 0) {
                        campaign = campaign.add(q.setScale(3, RoundingMode.HALF_UP).multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP));
                    }
                }
            }
            BigDecimal lots = BigDecimal.ZERO;
            BigDecimal duration = BigDecimal.ZERO;
            for (Lot lot : plan.lots()) {
                BigDecimal items = lot.items().stream().map(LotItem::annualValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, items.compareTo(lot.annualValue()), "seed " + seed + " " + lot.id());
                BigDecimal expectedDuration = lot.annualValue().multiply(BigDecimal.valueOf(in.parameters().durationMonths()))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
                assertEquals(expectedDuration, lot.durationValue(), "seed " + seed + " " + lot.id());
                lots = lots.add(lot.annualValue());
                duration = duration.add(lot.durationValue());
            }
            assertEquals(0, campaign.compareTo(lots), "seed " + seed);
            assertEquals(0, campaign.compareTo(plan.summary().annualValue()), "seed " + seed);
            assertEquals(0, duration.compareTo(plan.summary().operation().operationValue()), "seed " + seed);
        }
    }

    @Test
    void noLotMixesHomogeneousCategories() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Map<UUID, String> category = new HashMap<>();
            input(seed).campaign().lines().forEach(l -> category.put(l.lineId(), l.categoryCode()));
            for (Lot lot : plan(seed).lots()) {
                Set<String> codes = lot.items().stream().map(i -> category.get(i.lineId())).collect(Collectors.toSet());
                assertEquals(Set.of(lot.categoryCode()), codes, "seed " + seed + " " + lot.id());
            }
        }
    }

    @Test
    void eligibleSuppliersAndLocalCountsMatchTheRulesStatedPlainly() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            PlanningInput in = input(seed);
            NaiveEligibility oracle = new NaiveEligibility(in);
            for (Lot lot : plan(seed).lots()) {
                Set<UUID> eligible = new HashSet<>(), local = new HashSet<>(), excluded = new HashSet<>();
                for (SupplierProfile s : in.suppliers()) {
                    NaiveEligibility.Verdict v = oracle.verdict(s, lot);
                    if (v.eligible()) {
                        eligible.add(s.id());
                    } else if (v.offersSomeLine()) {
                        excluded.add(s.id());
                    }
                    if (v.local()) {
                        local.add(s.id());
                    }
                }
                String where = "seed " + seed + " " + lot.id();
                assertEquals(eligible, lot.eligible().stream().map(EligibleSupplier::supplierId).collect(Collectors.toSet()), where);
                assertEquals(local, lot.eligible().stream().filter(EligibleSupplier::localShortChain)
                        .map(EligibleSupplier::supplierId).collect(Collectors.toSet()), where);
                assertEquals(local.size(), lot.localShortChainEligible(), where);
                assertEquals(excluded, lot.exclusions().stream().map(Exclusion::supplierId).collect(Collectors.toSet()), where);
            }
        }
    }

    @Test
    void certificatesEndingBeforeTheContractAreFlaggedOnEligibleSuppliers() {
        int flagged = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            PlanningInput in = input(seed);
            java.time.LocalDate start = in.parameters().contractStart();
            java.time.LocalDate lastDay = start.plusMonths(in.parameters().durationMonths()).minusDays(1);
            Map<UUID, SupplierProfile> suppliers = in.suppliers().stream().collect(Collectors.toMap(SupplierProfile::id, x -> x));
            Map<UUID, DemandLine> lines = in.campaign().lines().stream().collect(Collectors.toMap(DemandLine::lineId, x -> x));
            for (Lot lot : plan(seed).lots()) {
                Set<DemandLine> lotLines = lot.items().stream().map(i -> lines.get(i.lineId())).collect(Collectors.toSet());
                for (EligibleSupplier e : lot.eligible()) {
                    Set<UUID> expected = new HashSet<>();
                    for (Certificate c : suppliers.get(e.supplierId()).certificates()) {
                        boolean valid = !start.isBefore(c.validFrom()) && !start.isAfter(c.validUntil())
                                && (c.revokedOn() == null || start.isBefore(c.revokedOn()));
                        java.time.LocalDate last = c.revokedOn() != null && c.revokedOn().minusDays(1).isBefore(c.validUntil())
                                ? c.revokedOn().minusDays(1) : c.validUntil();
                        boolean covers = lotLines.stream().anyMatch(l -> c.scopeFamilies().contains(l.family())
                                || c.scopeCpvPrefixes().stream().anyMatch(x -> Cpv.digits(l.cpvCode()).startsWith(x)));
                        if (c.egalimLabel() != null && valid && covers && last.isBefore(lastDay)) {
                            expected.add(c.certificationId());
                        }
                    }
                    assertEquals(expected, e.expiring().stream().map(ExpiringCertificate::certificationId).collect(Collectors.toSet()),
                            "seed " + seed + " " + lot.id());
                    flagged += expected.size();
                }
            }
        }
        assertTrue(flagged > 0, "the instances exercise the rule");
    }

    @Test
    void eligibleSuppliersAreRankedLocalFirstThenCapacityMarginThenDistance() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (Lot lot : plan(seed).lots()) {
                List<EligibleSupplier> e = lot.eligible();
                for (int i = 1; i < e.size(); i++) {
                    EligibleSupplier a = e.get(i - 1), b = e.get(i);
                    boolean ordered = (a.localShortChain() && !b.localShortChain())
                            || (a.localShortChain() == b.localShortChain() && (a.capacityMargin().compareTo(b.capacityMargin()) > 0
                            || (a.capacityMargin().compareTo(b.capacityMargin()) == 0 && a.maxDistanceKm() <= b.maxDistanceKm())));
                    assertTrue(ordered, "seed " + seed + " " + lot.id() + " position " + i);
                }
            }
        }
    }

    @Test
    void summaryCountsTheValueOfLotsWithKLocalSuppliersAndNeverDoesWorseThanTheBaseline() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Plan plan = plan(seed);
            PlanSummary s = plan.summary();
            BigDecimal withK = plan.lots().stream().filter(l -> l.localShortChainEligible() >= s.k())
                    .map(Lot::annualValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, withK.compareTo(s.annualValueWithKLocal()), "seed " + seed);
            assertEquals(plan.lots().size(), s.lotCount());
            assertTrue(s.annualValueWithKLocal().compareTo(s.baseline().annualValueWithKLocal()) >= 0, "seed " + seed);
            assertEquals(LotPlanner.share(s.annualValueWithKLocal(), s.annualValue()), s.shareWithKLocal());
            long categories = input(seed).campaign().lines().stream()
                    .filter(l -> l.quantityPerSite().values().stream().anyMatch(q -> q.signum() > 0))
                    .map(DemandLine::categoryCode).distinct().count();
            assertEquals(categories, s.baseline().lotCount(), "seed " + seed);
        }
    }

    @Test
    void proceduresFollowTheOperationValueAndTheSmallLotsEnvelopeStaysWithinTwentyPercent() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Plan plan = plan(seed);
            PlanSummary.OperationProcedure op = plan.summary().operation();
            BigDecimal used = BigDecimal.ZERO;
            for (Lot lot : plan.lots()) {
                if (op.procedure() != Procedure.FORMAL_TENDER) {
                    assertEquals(op.procedure(), lot.procedure(), "seed " + seed);
                    assertFalse(lot.smallLotEnvelope());
                } else if (lot.smallLotEnvelope()) {
                    assertTrue(lot.durationValue().compareTo(op.smallLotThreshold()) < 0);
                    Procedure expected = lot.durationValue().compareTo(op.noPublicityThreshold()) < 0
                            ? Procedure.NEGOTIATED_WITHOUT_PUBLICITY : Procedure.MAPA;
                    assertEquals(expected, lot.procedure());
                    used = used.add(lot.durationValue());
                } else {
                    assertEquals(Procedure.FORMAL_TENDER, lot.procedure());
                }
            }
            assertTrue(used.multiply(BigDecimal.valueOf(100)).compareTo(op.operationValue().multiply(op.smallLotsEnvelopePercent())) <= 0);
            assertEquals(0, used.compareTo(plan.summary().envelope().used()));
        }
    }

    @Test
    void titlesAndDescriptionsNeverDemandAnOriginAPlaceOrADistance() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (Lot lot : plan(seed).lots()) {
                for (String text : List.of(lot.title(), lot.description())) {
                    String lower = text.toLowerCase(java.util.Locale.ROOT);
                    for (String word : List.of("local", "locale", "origine", "france", "département", "km", "circuit court",
                            "kilomètre", "région", "proximité")) {
                        assertFalse(lower.matches("(?s).*(?<![\\p{L}])" + word + "(?![\\p{L}]).*"), "seed " + seed + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void lotIdsAreSequentialAndThePlanIsTheSameWhateverTheInputOrder() {
        for (long seed = 1; seed <= 60; seed++) {
            PlanningInput in = input(seed);
            Plan plan = plan(seed);
            for (int i = 0; i < plan.lots().size(); i++) {
                assertEquals(String.format("L%02d", i + 1), plan.lots().get(i).id());
            }
            Random r = new Random(seed);
            List<DeliverySite> sites = new ArrayList<>(in.campaign().sites());
            List<DemandLine> lines = new ArrayList<>(in.campaign().lines());
            List<SupplierProfile> suppliers = new ArrayList<>();
            for (SupplierProfile s : in.suppliers()) {
                List<SupplierOffer> offers = new ArrayList<>(s.offers());
                Collections.shuffle(offers, r);
                suppliers.add(new SupplierProfile(s.id(), s.name(), s.kind(), s.sizeClass(), s.latitude(), s.longitude(),
                        s.deliveryRadiusKm(), s.intermediaries(), offers, s.certificates()));
            }
            Collections.shuffle(sites, r);
            Collections.shuffle(lines, r);
            Collections.shuffle(suppliers, r);
            Campaign c = in.campaign();
            PlanningInput shuffled = new PlanningInput(new Campaign(c.id(), c.version(), c.groupId(), c.name(), sites, lines),
                    suppliers, in.parameters());
            assertEquals(plan, new LotPlanner().plan(shuffled, THRESHOLDS), "seed " + seed);
        }
    }

    @Test
    void maxLotsAndMinLotValueAreRespected() {
        for (long seed = 1; seed <= 120; seed++) {
            PlanningInput in = input(seed);
            Plan free = plan(seed);
            int categories = free.summary().baseline().lotCount();
            int maxLots = Math.max(1, Math.max(categories, free.lots().size() / 2));
            BigDecimal minLot = free.summary().annualValue().divide(BigDecimal.valueOf(4 + seed % 5), 2, RoundingMode.HALF_UP);
            PlanParameters p = in.parameters();
            PlanningInput constrained = new PlanningInput(in.campaign(), in.suppliers(), new PlanParameters(p.launchDate(),
                    p.contractStart(), p.durationMonths(), p.minLocalSuppliers(), p.localRadiusKm(), p.maxIntermediaries(),
                    maxLots, minLot, null));
            Plan plan = new LotPlanner().plan(constrained, THRESHOLDS);
            assertTrue(plan.lots().size() <= maxLots, "seed " + seed);
            Map<String, BigDecimal> categoryValue = new HashMap<>();
            plan.lots().forEach(l -> categoryValue.merge(l.categoryCode(), l.annualValue(), BigDecimal::add));
            for (Lot lot : plan.lots()) {
                boolean wholeCategory = lot.annualValue().compareTo(categoryValue.get(lot.categoryCode())) == 0;
                assertTrue(wholeCategory || lot.annualValue().compareTo(minLot) >= 0, "seed " + seed + " " + lot.id());
            }
            assertTrue(PlanObjective.of(plan).compareTo(PlanObjective.of(free)) <= 0, "seed " + seed);
        }
    }
}
