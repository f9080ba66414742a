package fr.mutualim.lotplanner.domain.planning;

import static fr.mutualim.lotplanner.domain.planning.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Joint bids, the award scenario and the EGAlim projection. */
class MatchingTest {

    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();
    static final String FRESH = "FRUITS_LEGUMES_FRAIS";
    static final DeliverySite NORTH = site("Collège Nord", 50.60, 2.78);
    static final DeliverySite SOUTH = site("Collège Sud", 50.00, 2.78);

    @Test
    void twoProducersTooSmallOrTooFarAloneFormAJointBid() {
        List<DemandLine> lines = List.of(line(1, "Pommes", "03222321-9", FRESH, "KG", "1.50", null, ALL_YEAR,
                Map.of(NORTH, "1000", SOUTH, "1000")));
        List<SupplierProfile> suppliers = List.of(
                producer("Verger Nord", 50.65, 2.78, 30, List.of(offer("n", "03222321-9", "KG", "1500", ALL_YEAR, null)), List.of()),
                producer("Verger Sud", 49.95, 2.78, 30, List.of(offer("s", "03222321-9", "KG", "1500", ALL_YEAR, null)), List.of()),
                producer("Petit", 50.30, 2.78, 100, List.of(offer("p", "03222321-9", "KG", "400", ALL_YEAR, null)), List.of()));
        PlanParameters p = params(12);
        PlanningInput in = input(List.of(NORTH, SOUTH), lines, suppliers,
                new PlanParameters(p.launchDate(), p.contractStart(), 12, 3, 100, 1, 1, null, null));
        Plan plan = new LotPlanner().plan(in, THRESHOLDS);
        assertEquals(1, plan.lots().size());
        Lot lot = plan.lots().get(0);
        assertEquals(List.of(), lot.eligible());
        assertEquals(List.of(List.of("Verger Nord", "Verger Sud")), lot.jointBids().stream().map(JointBid::names).toList());
        assertTrue(lot.jointBids().get(0).allShortChain());
    }

    @Test
    void theAwardScenarioRespectsCapacityAcrossLotsAndTheCapPerWinner() {
        List<DemandLine> lines = List.of(
                line(1, "Pommes", "03222321-9", FRESH, "KG", "2.00", null, ALL_YEAR, Map.of(NORTH, "1000")),
                line(2, "Lait", "15511000-3", "LAITIERS", "L", "1.00", null, ALL_YEAR, Map.of(NORTH, "1000")));
        SupplierProfile big = producer("Grande ferme", 50.62, 2.78, 50, List.of(offer("a", "03222321-9", "KG", "1000", ALL_YEAR, null),
                offer("b", "15511000-3", "L", "1000", ALL_YEAR, null)), List.of());
        SupplierProfile other = producer("Autre ferme", 50.58, 2.70, 50, List.of(offer("c", "15511000-3", "L", "5000", ALL_YEAR, null)), List.of());
        PlanParameters p = params(12);
        PlanningInput capped = input(List.of(NORTH), lines, List.of(big, other),
                new PlanParameters(p.launchDate(), p.contractStart(), 12, 1, 100, 1, null, null, 1));
        Plan plan = new LotPlanner().plan(capped, THRESHOLDS);
        Map<String, String> winners = plan.award().awards().stream().collect(Collectors.toMap(a -> a.lotId(), a -> a.name()));
        assertEquals(Map.of("L01", "Grande ferme", "L02", "Autre ferme"), winners,
                "L01 (pommes, 2000) goes first to its only eligible supplier; the cap of 1 lot then sends L02 (lait) to the other farm");
        assertEquals(List.of(), plan.award().unassignedLotIds());

        PlanningInput alone = input(List.of(NORTH), lines, List.of(big), params(12));
        Plan onlyOne = new LotPlanner().plan(alone, THRESHOLDS);
        assertEquals(2, onlyOne.award().awards().size(), "separate offers, capacities not shared");
    }

    @Test
    void anOfferCoveringSeveralLinesSharesItsCapacityInTheAward() {
        List<DemandLine> lines = List.of(
                line(1, "Pommes", "03222321-9", FRESH, "KG", "2.00", null, ALL_YEAR, Map.of(NORTH, "600")),
                line(2, "Pommes bio", "03222321-9", "FRUITS_BIO", "KG", "3.00", null, ALL_YEAR, Map.of(NORTH, "600")));
        SupplierProfile fruit = producer("Verger", 50.62, 2.78, 50, List.of(offer("f", "03222000-3", "KG", "1000", ALL_YEAR, null)), List.of());
        Plan plan = new LotPlanner().plan(input(List.of(NORTH), lines, List.of(fruit), params(12)), THRESHOLDS);
        assertEquals(2, plan.lots().size());
        assertEquals(1, plan.award().awards().size());
        assertEquals(new BigDecimal("1800.00"), plan.lots().get(0).annualValue());
        assertEquals(List.of("L02"), plan.award().unassignedLotIds(), "the 1 000 kg offer serves the 600 kg of L01 (bio, worth more) first");
    }

    @Test
    void egalimProjectionCountsEachPurchaseOnceByLabelPrecedence() {
        List<DemandLine> lines = List.of(
                line(1, "Pommes", "03222321-9", FRESH, "KG", "1.00", null, ALL_YEAR, Map.of(NORTH, "1000")),
                line(2, "Lait", "15511000-3", "LAITIERS", "L", "1.00", null, ALL_YEAR, Map.of(NORTH, "3000")),
                line(3, "Yaourts", "15551300-8", "LAITIERS_FRAIS", "PIECE", "1.00", null, ALL_YEAR, Map.of(NORTH, "6000")));
        SupplierProfile bio = producer("Verger bio", 50.62, 2.78, 50, List.of(offer("a", "03222321-9", "KG", "5000", ALL_YEAR, null)),
                List.of(certificate("bio", "BIO", START.minusYears(1), START.plusYears(3), null, Set.of("FRUITS_ET_LEGUMES")),
                        certificate("hve", "HVE", START.minusYears(1), START.plusYears(3), null, Set.of("FRUITS_ET_LEGUMES"))));
        SupplierProfile hve = producer("Laiterie", 50.62, 2.78, 50, List.of(offer("b", "15511000-3", "L", "5000", ALL_YEAR, null)),
                List.of(certificate("hve2", "HVE", START.minusYears(1), START.plusYears(3), null, Set.of("PRODUITS_LAITIERS")),
                        certificate("old", "BIO", START.minusYears(3), START.minusDays(1), null, Set.of("PRODUITS_LAITIERS"))));
        Plan plan = new LotPlanner().plan(input(List.of(NORTH), lines, List.of(bio, hve), params(12)), THRESHOLDS);
        EgalimProjection e = plan.egalim();
        assertEquals(new BigDecimal("10000.00"), e.annualValue());
        assertEquals(new BigDecimal("1000.00"), e.bio());
        assertEquals(new BigDecimal("4000.00"), e.durableAndQuality());
        assertEquals(new BigDecimal("10.00"), e.bioShare());
        assertEquals(new BigDecimal("40.00"), e.durableAndQualityShare());
        assertEquals(new BigDecimal("3000.00"), e.byGroup().get("HVE"));
        assertEquals(new BigDecimal("6000.00"), e.withoutSupplier());
    }

    @Test
    void onRandomInstancesAwardsAreEligibleWithinCapacityAndCapAndJointBidsServeTheLot() {
        for (long seed = 1; seed <= 200; seed++) {
            PlanningInput base = RandomInstances.small(seed);
            PlanParameters p = base.parameters();
            PlanningInput in = new PlanningInput(base.campaign(), base.suppliers(), new PlanParameters(p.launchDate(), p.contractStart(),
                    p.durationMonths(), p.minLocalSuppliers(), p.localRadiusKm(), p.maxIntermediaries(), null, null, 1 + (int) (seed % 3)));
            Plan plan = new LotPlanner().plan(in, THRESHOLDS);
            Map<String, Lot> lots = plan.lots().stream().collect(Collectors.toMap(Lot::id, l -> l));
            Map<UUID, Integer> wins = new HashMap<>();
            Map<UUID, BigDecimal> used = new HashMap<>();
            Map<UUID, SupplierProfile> suppliers = in.suppliers().stream().collect(Collectors.toMap(SupplierProfile::id, s -> s));
            Map<UUID, DemandLine> lines = in.campaign().lines().stream().collect(Collectors.toMap(DemandLine::lineId, l -> l));
            for (AwardScenario.Award a : plan.award().awards()) {
                Lot lot = lots.get(a.lotId());
                assertTrue(lot.eligible().stream().anyMatch(e -> e.supplierId().equals(a.supplierId())), "seed " + seed);
                wins.merge(a.supplierId(), 1, Integer::sum);
                for (LotItem item : lot.items()) {
                    DemandLine line = lines.get(item.lineId());
                    SupplierOffer offer = suppliers.get(a.supplierId()).offers().stream()
                            .filter(o -> o.unit().equals(line.unit()) && Cpv.covers(o.cpvCode(), line.cpvCode()))
                            .sorted(PlanningModel.PREFERRED_OFFER).findFirst().orElseThrow();
                    used.merge(offer.offerId(), item.quantity(), BigDecimal::add);
                }
            }
            wins.values().forEach(w -> assertTrue(w <= in.parameters().maxLotsPerWinner()));
            for (SupplierProfile s : in.suppliers()) {
                for (SupplierOffer o : s.offers()) {
                    assertTrue(used.getOrDefault(o.offerId(), BigDecimal.ZERO).compareTo(o.annualCapacity()) <= 0, "seed " + seed);
                }
            }
            Set<String> all = new HashSet<>(lots.keySet());
            plan.award().awards().forEach(a -> all.remove(a.lotId()));
            assertEquals(all, new HashSet<>(plan.award().unassignedLotIds()));
            for (Lot lot : plan.lots()) {
                for (JointBid bid : lot.jointBids()) {
                    assertTrue(bid.supplierIds().size() >= 2 && bid.supplierIds().size() <= 3);
                    assertTrue(bid.supplierIds().stream().noneMatch(id -> lot.eligible().stream().anyMatch(e -> e.supplierId().equals(id))));
                    for (LotItem item : lot.items()) {
                        DemandLine line = lines.get(item.lineId());
                        DeliverySite site = in.campaign().sites().stream().filter(x -> x.canteenId().equals(item.canteenId())).findFirst().orElseThrow();
                        assertTrue(bid.supplierIds().stream().map(suppliers::get).anyMatch(s -> s.offers().stream()
                                .anyMatch(o -> o.unit().equals(line.unit()) && Cpv.covers(o.cpvCode(), line.cpvCode()))
                                && Geo.km(s.latitude(), s.longitude(), site.latitude(), site.longitude()) <= s.deliveryRadiusKm()),
                                "seed " + seed + " " + lot.id());
                    }
                }
            }
            EgalimProjection e = plan.egalim();
            assertTrue(e.bio().compareTo(e.durableAndQuality()) <= 0 && e.durableAndQuality().compareTo(e.annualValue()) <= 0);
            assertEquals(0, e.annualValue().compareTo(plan.summary().annualValue()));
        }
    }
}
