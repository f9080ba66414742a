package fr.mutualim.benchmarks.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.lotplanner.domain.planning.Cpv;
import fr.mutualim.lotplanner.domain.planning.DeliverySite;
import fr.mutualim.lotplanner.domain.planning.DemandLine;
import fr.mutualim.lotplanner.domain.planning.Geo;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import fr.mutualim.lotplanner.domain.planning.PlanningInput;
import fr.mutualim.lotplanner.domain.planning.SupplierProfile;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTest {

    private static final PlanningInput INSTANCE = InstanceGenerator.scaled(7, 300).generate();

    @Test
    void theSameSeedGivesTheSameInstanceAndAnotherSeedAnotherOne() {
        assertEquals(InstanceGenerator.scaled(7, 300).generate(), INSTANCE);
        assertNotEquals(InstanceGenerator.scaled(8, 300).generate(), INSTANCE);
    }

    @Test
    void sizesGrowFromADozenSitesToTheWholeRegion() {
        InstanceGenerator small = InstanceGenerator.scaled(1, 12);
        InstanceGenerator region = InstanceGenerator.scaled(1, 2000);
        assertEquals(List.of(12, 20, 40), List.of(small.siteCount(), small.lineCount(), small.supplierCount()));
        assertEquals(List.of(2000, 500, 2000), List.of(region.siteCount(), region.lineCount(), region.supplierCount()));
        assertEquals(1, small.departements().size());
        assertEquals(5, region.departements().size());
        assertEquals(300, INSTANCE.campaign().sites().size());
        assertEquals(InstanceGenerator.scaled(7, 300).lineCount(), INSTANCE.campaign().lines().size());
        assertEquals(InstanceGenerator.scaled(7, 300).supplierCount(), INSTANCE.suppliers().size());
    }

    @Test
    void everyLineHasPositiveQuantitiesOnlyAtSitesOfTheCampaignAndMonthsOfTheSchoolYear() {
        Set<UUID> sites = INSTANCE.campaign().sites().stream().map(DeliverySite::canteenId).collect(Collectors.toSet());
        for (DemandLine line : INSTANCE.campaign().lines()) {
            assertTrue(!line.quantityPerSite().isEmpty(), "line " + line.lineNumber() + " has no quantity");
            for (Map.Entry<UUID, BigDecimal> q : line.quantityPerSite().entrySet()) {
                assertTrue(sites.contains(q.getKey()));
                assertTrue(q.getValue().signum() > 0);
            }
            assertTrue(!line.months().isEmpty() && !line.months().contains(8), "line " + line.lineNumber() + " " + line.months());
            assertTrue(line.unitPrice().signum() > 0);
        }
    }

    @Test
    void sitesLieInTheDepartementsOfTheGroupAndCluster() {
        List<InstanceGenerator.Departement> deps = InstanceGenerator.scaled(7, 300).departements();
        assertEquals(2, deps.size());
        for (DeliverySite s : INSTANCE.campaign().sites()) {
            assertTrue(deps.stream().anyMatch(d -> d.contains(s.latitude(), s.longitude())), s.name());
        }
        // Clustered like communes: most canteens have a neighbour within 10 km.
        long withNeighbour = INSTANCE.campaign().sites().stream().filter(s -> INSTANCE.campaign().sites().stream()
                .anyMatch(o -> o != s && Geo.km(s.latitude(), s.longitude(), o.latitude(), o.longitude()) < 10)).count();
        assertTrue(withNeighbour > 0.8 * INSTANCE.campaign().sites().size(), withNeighbour + " of 300");
    }

    @Test
    void suppliersOfEveryKindWithAShareOfWholesalersAndEveryCategoryHasKLocalShortChainSuppliers() {
        Map<String, Long> kinds = INSTANCE.suppliers().stream().collect(Collectors.groupingBy(SupplierProfile::kind, Collectors.counting()));
        assertEquals(Set.of("PRODUCER", "COOPERATIVE", "ARTISAN", "PROCESSOR", "WHOLESALER"), kinds.keySet());
        double wholesalers = kinds.get("WHOLESALER") / (double) INSTANCE.suppliers().size();
        assertTrue(wholesalers > 0.1 && wholesalers < 0.3, "wholesalers " + wholesalers);
        assertTrue(INSTANCE.suppliers().stream().anyMatch(s -> !s.certificates().isEmpty()));

        PlanParameters p = INSTANCE.parameters();
        Map<String, Set<UUID>> local = new TreeMap<>();
        for (DemandLine line : INSTANCE.campaign().lines()) {
            Set<UUID> ids = local.computeIfAbsent(line.categoryCode(), k -> new HashSet<>());
            for (SupplierProfile s : INSTANCE.suppliers()) {
                if (s.intermediaries() <= p.maxIntermediaries() && offers(s, line) && reachesADemandingSite(s, line, p.localRadiusKm())) {
                    ids.add(s.id());
                }
            }
        }
        local.forEach((category, ids) -> assertTrue(ids.size() >= p.minLocalSuppliers(), category + ": " + ids.size()));
    }

    private static boolean offers(SupplierProfile s, DemandLine line) {
        return s.offers().stream().anyMatch(o -> o.unit().equals(line.unit()) && Cpv.covers(o.cpvCode(), line.cpvCode()));
    }

    private static boolean reachesADemandingSite(SupplierProfile s, DemandLine line, int localRadiusKm) {
        double reach = Math.min(s.deliveryRadiusKm(), localRadiusKm);
        return INSTANCE.campaign().sites().stream().anyMatch(site -> line.quantityPerSite().containsKey(site.canteenId())
                && Geo.km(s.latitude(), s.longitude(), site.latitude(), site.longitude()) <= reach);
    }
}
