package fr.mutualim.benchmarks.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.lotplanner.domain.planning.Campaign;
import fr.mutualim.lotplanner.domain.planning.CandidateLots;
import fr.mutualim.lotplanner.domain.planning.DeliverySite;
import fr.mutualim.lotplanner.domain.planning.DemandLine;
import fr.mutualim.lotplanner.domain.planning.LotPlanner;
import fr.mutualim.lotplanner.domain.planning.PlanObjective;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import fr.mutualim.lotplanner.domain.planning.PlanningInput;
import fr.mutualim.lotplanner.domain.planning.ProcurementThresholds;
import fr.mutualim.lotplanner.domain.planning.SupplierOffer;
import fr.mutualim.lotplanner.domain.planning.SupplierProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExactPlannerTest {

    private static final ExactPlanner EXACT = new ExactPlanner(20, 2);
    private static final Set<Integer> ALL_YEAR = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    private static int ids;

    /**
     * Two canteens around Arras and two around Calais (95 km apart). Apples: two farms near each town, each reaching
     * only its own town, so only the two zone lots have k = 2 local suppliers (2 x 4 000 euros). Bread: one wholesaler
     * reaching everyone, never local short chain, so one bread lot is best (no value either way, fewer lots).
     * Optimum: 8 000 euros with 3 lots.
     */
    @Test
    void findsTheKnownOptimumOfAHandMadeGroup() {
        List<DeliverySite> sites = List.of(site(50.29, 2.78), site(50.30, 2.80), site(50.95, 1.86), site(50.94, 1.88));
        Map<UUID, BigDecimal> apples = new LinkedHashMap<>(), bread = new LinkedHashMap<>();
        sites.forEach(s -> {
            apples.put(s.canteenId(), new BigDecimal("1000"));
            bread.put(s.canteenId(), new BigDecimal("500"));
        });
        List<DemandLine> lines = List.of(
                new DemandLine(id(), 1, "Pommes", "03222321-9", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais",
                        "KG", ALL_YEAR, 2, new BigDecimal("2.00"), null, apples),
                new DemandLine(id(), 2, "Pain", "15811100-7", "BOULANGERIE", "BOULANGERIE", "Pain", "KG", ALL_YEAR, 5,
                        new BigDecimal("3.00"), null, bread));
        List<SupplierProfile> suppliers = List.of(farm(50.32, 2.75), farm(50.27, 2.83), farm(50.92, 1.90), farm(50.97, 1.83),
                new SupplierProfile(id(), "Grossiste", "WHOLESALER", "LARGE", 50.63, 3.06, 300, 2,
                        List.of(offer("15810000-9", 100_000)), List.of()));
        PlanningInput input = new PlanningInput(new Campaign(id(), 1, id(), "Test", sites, lines), suppliers,
                PlanParameters.defaults(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), 48));

        ExactPlanner.Result result = EXACT.solve(new LotPlanner().candidates(input), null);

        assertEquals(ExactPlanner.Status.OPTIMAL, result.status());
        assertEquals(new PlanObjective(new BigDecimal("8000.00"), 3), result.objective());
        assertEquals(800_000, result.valueBoundCents());
        assertEquals(3, result.lotsBound());
        assertEquals(2, result.parts());
        assertEquals(result.objective(), PlanObjective.of(new LotPlanner().plan(input, ProcurementThresholds.load())));
    }

    @Test
    void isNeverWorseThanThePlannerWithOrWithoutMaxLots() {
        LotPlanner planner = new LotPlanner();
        for (long seed = 1; seed <= 7; seed++) {
            PlanningInput input = new InstanceGenerator(seed, 12, 10, 30).generate();
            PlanObjective planned = PlanObjective.of(planner.plan(input, ProcurementThresholds.load()));
            ExactPlanner.Result free = EXACT.solve(planner.candidates(input), null);
            assertEquals(ExactPlanner.Status.OPTIMAL, free.status());
            assertTrue(free.objective().compareTo(planned) >= 0, "seed " + seed + ": " + free.objective() + " < " + planned);

            int maxLots = Math.max(1, planned.lotCount() / 2);
            PlanningInput capped = withMaxLots(input, maxLots);
            PlanObjective plannedCapped = PlanObjective.of(planner.plan(capped, ProcurementThresholds.load()));
            ExactPlanner.Result exactCapped = EXACT.solve(planner.candidates(capped), maxLots);
            assertEquals(ExactPlanner.Status.OPTIMAL, exactCapped.status());
            assertTrue(exactCapped.objective().lotCount() <= maxLots);
            assertTrue(exactCapped.objective().compareTo(plannedCapped) >= 0, "seed " + seed + " with maxLots " + maxLots);
        }
    }

    @Test
    void aPartitionCoversEveryItemOnceWithTheCandidatesItNames() {
        LotPlanner planner = new LotPlanner();
        CandidateLots candidates = planner.candidates(new InstanceGenerator(4, 12, 10, 30).generate());
        ExactPlanner.Result result = EXACT.solve(candidates, null);
        int[] covered = new int[candidates.itemCount()];
        for (int c : result.selected()) {
            for (int item : candidates.itemsOf(c)) {
                covered[item]++;
            }
        }
        for (int count : covered) {
            assertEquals(1, count);
        }
    }

    @Test
    void itemsCoveredByTheSameCandidatesShareOneRow() {
        int[][] itemsOf = {{0, 1, 2}, {0, 1}, {2}, {3}};
        List<int[]> rows = ExactPlanner.distinctRows(itemsOf, 4);
        assertEquals(3, rows.size());
        assertArrayEquals(new int[] {0, 1}, rows.get(0));
        assertArrayEquals(new int[] {0, 2}, rows.get(1));
        assertArrayEquals(new int[] {3}, rows.get(2));
    }

    private static PlanningInput withMaxLots(PlanningInput input, int maxLots) {
        PlanParameters p = input.parameters();
        return new PlanningInput(input.campaign(), input.suppliers(), new PlanParameters(p.launchDate(), p.contractStart(),
                p.durationMonths(), p.minLocalSuppliers(), p.localRadiusKm(), p.maxIntermediaries(), maxLots, null, null));
    }

    private static DeliverySite site(double lat, double lon) {
        return new DeliverySite(id(), "Cantine " + ids, lat, lon);
    }

    private static SupplierProfile farm(double lat, double lon) {
        return new SupplierProfile(id(), "Ferme " + ids, "PRODUCER", "MICRO", lat, lon, 25, 0,
                List.of(offer("03222321-9", 10_000)), List.of());
    }

    private static SupplierOffer offer(String cpv, int capacity) {
        return new SupplierOffer(id(), "Offre", cpv, "X", "KG", BigDecimal.valueOf(capacity), ALL_YEAR, null, new BigDecimal("1.00"));
    }

    private static UUID id() {
        return new UUID(0, ++ids);
    }
}
