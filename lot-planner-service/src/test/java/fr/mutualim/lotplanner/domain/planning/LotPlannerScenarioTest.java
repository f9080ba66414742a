package fr.mutualim.lotplanner.domain.planning;

import static fr.mutualim.lotplanner.domain.planning.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-made instances whose best plan is known. */
class LotPlannerScenarioTest {

    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();
    static final String FRESH = "FRUITS_LEGUMES_FRAIS";

    static final List<DeliverySite> ARRAS = List.of(site("Collège Verlaine", 50.29, 2.78), site("Collège Pasteur", 50.30, 2.80),
            site("Collège Curie", 50.28, 2.75));
    static final List<DeliverySite> BOULOGNE = List.of(site("Collège Daunou", 50.72, 1.61), site("Collège Mariette", 50.73, 1.63),
            site("Collège Angellier", 50.71, 1.60));

    /** Apples and potatoes: two producers per product around each town, each delivering 40 km; bananas from a wholesaler only. */
    static PlanningInput twoTowns() {
        List<DeliverySite> sites = new ArrayList<>(ARRAS);
        sites.addAll(BOULOGNE);
        List<DemandLine> lines = List.of(
                line(1, "Pommes", "03222321-9", FRESH, "KG", "1.50", null, ALL_YEAR, each(sites, "1000")),
                line(2, "Pommes de terre", "03212100-1", FRESH, "KG", "0.80", null, ALL_YEAR, each(sites, "2000")),
                line(3, "Bananes", "03222111-4", FRESH, "KG", "2.00", null, ALL_YEAR, each(sites, "500")));
        List<SupplierProfile> suppliers = new ArrayList<>();
        String[][] producers = {{"Verger A1", "03222321-9", "50.35", "2.85"}, {"Verger A2", "03222321-9", "50.25", "2.70"},
                {"Verger B1", "03222321-9", "50.70", "1.70"}, {"Verger B2", "03222321-9", "50.75", "1.68"},
                {"Ferme A3", "03212100-1", "50.33", "2.72"}, {"Ferme A4", "03212100-1", "50.27", "2.88"},
                {"Ferme B3", "03212100-1", "50.66", "1.65"}, {"Ferme B4", "03212100-1", "50.78", "1.66"}};
        for (String[] p : producers) {
            suppliers.add(producer(p[0], Double.parseDouble(p[2]), Double.parseDouble(p[3]), 40,
                    List.of(offer(p[0], p[1], "KG", "10000", ALL_YEAR, null)), List.of()));
        }
        suppliers.add(wholesaler("Grossiste", 50.63, 3.06, 300, List.of(offer("Grossiste", "03222000-3", "KG", "1000000", ALL_YEAR, null),
                offer("Grossiste", "03212100-1", "KG", "1000000", ALL_YEAR, null))));
        return input(sites, lines, suppliers, params(12));
    }

    @Test
    void splittingByProductAndZoneBeatsOneLotPerCategoryByAWideMargin() {
        Plan plan = new LotPlanner().plan(twoTowns(), THRESHOLDS);
        PlanSummary s = plan.summary();
        assertEquals(5, s.lotCount());
        assertEquals(new BigDecimal("24600.00"), s.annualValue());
        assertEquals(new BigDecimal("18600.00"), s.annualValueWithKLocal());
        assertEquals(new BigDecimal("75.61"), s.shareWithKLocal());
        assertEquals(1, s.baseline().lotCount());
        assertEquals(new BigDecimal("0.00"), s.baseline().annualValueWithKLocal());
        assertEquals(new BigDecimal("0.00"), s.baseline().shareWithKLocal());
        List<Lot> producerLots = plan.lots().stream().filter(l -> l.localShortChainEligible() >= 2).toList();
        assertEquals(4, producerLots.size());
        for (Lot lot : producerLots) {
            assertEquals(3, lot.siteIds().size(), lot.title());
            assertEquals(1, lot.items().stream().map(LotItem::lineId).distinct().count(), lot.title());
            assertEquals("split by product + split by delivery zone", lot.splitReason());
            assertEquals(Procedure.NEGOTIATED_WITHOUT_PUBLICITY, lot.procedure());
        }
        assertEquals(List.of("L01", "L02", "L03", "L04", "L05"), plan.lots().stream().map(Lot::id).toList());
        assertTrue(plan.lots().get(0).title().startsWith("fruits legumes frais — Pommes — zone "), plan.lots().get(0).title());
        assertEquals(PlanObjective.of(plan), new PlanObjective(new BigDecimal("18600.00"), 5));
    }

    @Test
    void zoneLotTitlesNameTheCommunesOfTheirSitesAndNeverCutANameAtAForbiddenWord() {
        PlanningInput base = twoTowns();
        Map<String, String[]> renamed = Map.of("Collège Verlaine", new String[] {"Collège Verlaine", "Arras"},
                "Collège Pasteur", new String[] {"Collège Anatole France", "Arras"},
                "Collège Curie", new String[] {"Collège Curie", "Saint-Laurent-Blangy"},
                "Collège Daunou", new String[] {"Collège Daunou", "Boulogne-sur-Mer"},
                "Collège Mariette", new String[] {"Collège Mariette", "Roissy-en-France"},
                "Collège Angellier", new String[] {"Collège Angellier", "Boulogne-sur-Mer"});
        List<DeliverySite> sites = base.campaign().sites().stream().map(s -> new DeliverySite(s.canteenId(),
                renamed.get(s.name())[0], s.latitude(), s.longitude(), renamed.get(s.name())[1])).toList();
        Campaign c = base.campaign();
        Plan plan = new LotPlanner().plan(new PlanningInput(new Campaign(c.id(), c.version(), c.groupId(), c.name(), sites,
                c.lines()), base.suppliers(), base.parameters()), THRESHOLDS);

        List<String> zoneTitles = plan.lots().stream().map(Lot::title).filter(t -> t.contains(" — zone ")).toList();
        assertEquals(4, zoneTitles.size(), zoneTitles.toString());
        for (String title : zoneTitles) {
            assertTrue(title.endsWith(" (Arras, Saint-Laurent-Blangy)") || title.endsWith(" (Boulogne-sur-Mer et 1 autre commune)"),
                    title);
        }
        assertTrue(plan.warnings().contains("commune \"Roissy-en-France\": not named in zone lot titles, where a word of its "
                + "name could read as a geographic preference; it is counted among the other communes"), plan.warnings().toString());
        assertTrue(plan.warnings().contains("site \"Collège Anatole France\": words that could read as a geographic preference "
                + "are omitted from lot wording"), plan.warnings().toString());
    }

    @Test
    void linesOnlyAWholesalerOffersAreIsolatedInTheirOwnLot() {
        Plan plan = new LotPlanner().plan(twoTowns(), THRESHOLDS);
        UUID bananas = id("line3");
        List<Lot> withBananas = plan.lots().stream().filter(l -> l.items().stream().anyMatch(i -> i.lineId().equals(bananas))).toList();
        assertEquals(1, withBananas.size());
        Lot lot = withBananas.get(0);
        assertEquals(Set.of(bananas), lot.items().stream().map(LotItem::lineId).collect(Collectors.toSet()));
        assertEquals(6, lot.siteIds().size());
        assertEquals("lines only wholesalers or large suppliers offer, set apart", lot.splitReason());
        assertEquals(List.of(id("Grossiste")), lot.eligible().stream().map(EligibleSupplier::supplierId).toList());
        assertEquals(0, lot.localShortChainEligible());
    }

    @Test
    void aSeasonSplitLetsSeasonalProducersWinTheInSeasonPartOfALine() {
        List<DeliverySite> sites = ARRAS;
        Set<Integer> season = monthsOf(1, 2, 3, 9, 10, 11, 12);
        List<DemandLine> lines = List.of(line(1, "Pommes", "03222321-9", FRESH, "KG", "1.00", null, ALL_YEAR, each(sites, "1200")));
        List<SupplierProfile> suppliers = List.of(
                producer("Verger 1", 50.35, 2.85, 60, List.of(offer("Verger 1", "03222321-9", "KG", "9000", season, null)), List.of()),
                producer("Verger 2", 50.25, 2.70, 60, List.of(offer("Verger 2", "03222000-3", "KG", "9000", season, null)), List.of()),
                wholesaler("Grossiste", 50.63, 3.06, 300, List.of(offer("Grossiste", "03222000-3", "KG", "100000", ALL_YEAR, null))));
        Plan plan = new LotPlanner().plan(input(sites, lines, suppliers, params(12)), THRESHOLDS);
        assertEquals(2, plan.lots().size());
        Lot inSeason = plan.lots().get(0);
        Lot offSeason = plan.lots().get(1);
        assertEquals(season, inSeason.items().get(0).months());
        assertEquals(new BigDecimal("2100.00"), inSeason.annualValue());
        assertEquals(new BigDecimal("700.000"), inSeason.items().get(0).quantity());
        assertEquals(2, inSeason.localShortChainEligible());
        assertEquals(monthsOf(4, 5, 6, 7, 8), offSeason.items().get(0).months());
        assertEquals(new BigDecimal("1500.00"), offSeason.annualValue());
        assertEquals("split by product + split by season", inSeason.splitReason().replace("split by product + ", "split by product + "));
        assertTrue(inSeason.title().endsWith("— mois 1, 2, 3, 9, 10, 11, 12"), inSeason.title());
        assertEquals(List.of("Verger 2", "Verger 1"), inSeason.eligible().stream().filter(EligibleSupplier::localShortChain)
                .map(EligibleSupplier::name).sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void maxLotsKeepsTheBestPlanWithThatManyLotsAndWarnsAboutTheValueItCosts() {
        PlanningInput in = twoTowns();
        PlanParameters p = in.parameters();
        PlanningInput capped = new PlanningInput(in.campaign(), in.suppliers(), new PlanParameters(p.launchDate(), p.contractStart(),
                p.durationMonths(), 2, 100, 1, 4, null, null));
        Plan plan = new LotPlanner().plan(capped, THRESHOLDS);
        assertEquals(4, plan.lots().size());
        assertEquals(new BigDecimal("9600.00"), plan.summary().annualValueWithKLocal());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("maxLots 4 merged lots")), plan.warnings().toString());
    }

    @Test
    void minLotValueMergesSmallLotsWithinTheirCategory() {
        PlanningInput in = twoTowns();
        PlanParameters p = in.parameters();
        PlanningInput min = new PlanningInput(in.campaign(), in.suppliers(), new PlanParameters(p.launchDate(), p.contractStart(),
                p.durationMonths(), 2, 100, 1, null, new BigDecimal("4600"), null));
        Plan plan = new LotPlanner().plan(min, THRESHOLDS);
        assertTrue(plan.lots().stream().allMatch(l -> l.annualValue().compareTo(new BigDecimal("4600")) >= 0));
        assertEquals(new BigDecimal("9600.00"), plan.summary().annualValueWithKLocal());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("minLotValue 4600 merged lots")), plan.warnings().toString());
    }
}
