package fr.mutualim.lotplanner.domain.planning;

import static fr.mutualim.lotplanner.domain.planning.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule of eligibility excludes a supplier with a reason a buyer can read. */
class EligibilityReasonsTest {

    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();
    static final DeliverySite COLLEGE = site("Collège X", 50.29, 2.78);
    static final String FRESH = "FRUITS_LEGUMES_FRAIS";

    /** A reseller (2 intermediaries, so no season split) offering both lines with the given apple offer. */
    static SupplierProfile reseller(String name, double lat, int radius, SupplierOffer apples) {
        return new SupplierProfile(id(name), name, "PROCESSOR", "SMALL", lat, 2.78, radius, 2,
                List.of(apples, offer(name, "03222322-6", "KG", "5000", ALL_YEAR, null)), List.of());
    }

    static Map<String, Exclusion> exclusions(List<SupplierProfile> suppliers, String requiredLabel) {
        List<DemandLine> lines = List.of(
                line(1, "Pommes", "03222321-9", FRESH, "KG", "1.50", requiredLabel, ALL_YEAR, Map.of(COLLEGE, "1200")),
                line(2, "Poires", "03222322-6", FRESH, "KG", "1.80", null, ALL_YEAR, Map.of(COLLEGE, "300")));
        Plan plan = new LotPlanner().plan(input(List.of(COLLEGE), lines, suppliers, params(24)), THRESHOLDS);
        assertEquals(1, plan.lots().size());
        return plan.lots().get(0).exclusions().stream().collect(Collectors.toMap(Exclusion::name, e -> e));
    }

    @Test
    void eachFailingRuleGivesItsReason() {
        List<SupplierProfile> suppliers = List.of(
                reseller("Capacité", 50.30, 80, offer("Capacité", "03222321-9", "KG", "800", ALL_YEAR, null)),
                reseller("Mensuel", 50.30, 80, offer("Mensuel", "03222000-3", "KG", "5000", ALL_YEAR, "50")),
                reseller("Saison", 50.30, 80, offer("Saison", "03222321-9", "KG", "5000", monthsOf(1, 2, 3, 4, 5, 8, 9, 10, 11, 12), null)),
                reseller("Loin", 50.29 + 143 / 111.2, 80, offer("Loin", "03222321-9", "KG", "5000", ALL_YEAR, null)),
                new SupplierProfile(id("Poires seules"), "Poires seules", "PRODUCER", "MICRO", 50.3, 2.78, 80, 2,
                        List.of(offer("Poires seules", "03222322-6", "KG", "5000", ALL_YEAR, null)), List.of()),
                new SupplierProfile(id("Litres"), "Litres", "PRODUCER", "MICRO", 50.3, 2.78, 80, 2,
                        List.of(offer("Litres", "03222321-9", "L", "5000", ALL_YEAR, null)), List.of()),
                reseller("Bon", 50.30, 80, offer("Bon", "03222321-9", "KG", "5000", ALL_YEAR, null)));
        Map<String, Exclusion> e = exclusions(suppliers, null);
        assertEquals("capacity 800 kg/year for Pommes < 1200 kg needed", e.get("Capacité").reason());
        assertEquals(Exclusion.CAPACITY, e.get("Capacité").reasonCode());
        assertEquals("monthly capacity 50 kg for Pommes < 100 kg needed per month", e.get("Mensuel").reason());
        assertEquals("not available in months 6, 7 for Pommes", e.get("Saison").reason());
        assertEquals(Exclusion.MONTHS, e.get("Saison").reasonCode());
        assertEquals("Collège X is 143 km away, radius 80 km", e.get("Loin").reason());
        assertEquals(Exclusion.DISTANCE, e.get("Loin").reasonCode());
        assertEquals("no offer for Pommes (line 1, CPV 03222321-9, kg)", e.get("Poires seules").reason());
        assertEquals(Exclusion.MISSING_LINE, e.get("Poires seules").reasonCode());
        assertTrue(!e.containsKey("Litres"), "an offer in litres covers no line in kg: the supplier offers no line of the lot");
        assertTrue(!e.containsKey("Bon"));
    }

    @Test
    void aRequiredLabelNeedsACertificateValidAtContractStartWhoseScopeCoversTheLine() {
        LocalDate start = START;
        SupplierProfile expired = withCerts("Expiré", certificate("e", "BIO", start.minusYears(2), start.minusDays(1), null, java.util.Set.of("FRUITS_ET_LEGUMES")));
        SupplierProfile revoked = withCerts("Révoqué", certificate("r", "BIO", start.minusYears(1), start.plusYears(3), start, java.util.Set.of("FRUITS_ET_LEGUMES")));
        SupplierProfile otherScope = withCerts("Autre famille", certificate("o", "BIO", start.minusYears(1), start.plusYears(3), null, java.util.Set.of("PRODUITS_LAITIERS")));
        SupplierProfile expiring = withCerts("Expirera", certificate("x", "BIO", start.minusYears(1), start.plusMonths(6), null, java.util.Set.of("FRUITS_ET_LEGUMES")));
        SupplierProfile valid = withCerts("Valide", certificate("v", "BIO", start.minusYears(1), start.plusYears(2).minusDays(1), null, java.util.Set.of("FRUITS_ET_LEGUMES")));
        List<DemandLine> lines = List.of(line(1, "Pommes", "03222321-9", FRESH, "KG", "1.50", "BIO", ALL_YEAR, Map.of(COLLEGE, "1200")));
        Plan plan = new LotPlanner().plan(input(List.of(COLLEGE), lines, List.of(expired, revoked, otherScope, expiring, valid), params(24)), THRESHOLDS);
        Lot lot = plan.lots().get(0);
        Map<String, Exclusion> e = lot.exclusions().stream().collect(Collectors.toMap(Exclusion::name, x -> x));
        assertEquals(java.util.Set.of("Expiré", "Révoqué", "Autre famille"), e.keySet());
        assertEquals("no valid BIO certificate covering Pommes on 2027-01-01", e.get("Expiré").reason());
        assertEquals(Exclusion.LABEL, e.get("Révoqué").reasonCode());
        Map<String, EligibleSupplier> eligible = lot.eligible().stream().collect(Collectors.toMap(EligibleSupplier::name, x -> x));
        assertEquals(java.util.Set.of("Expirera", "Valide"), eligible.keySet());
        assertEquals(1, eligible.get("Expirera").expiring().size());
        ExpiringCertificate flag = eligible.get("Expirera").expiring().get(0);
        assertEquals(start.plusMonths(6), flag.lastValidDay());
        assertTrue(flag.requiredByLot());
        assertEquals(List.of(), eligible.get("Valide").expiring(), "valid until the last day of the 24-month contract");
    }

    @Test
    void theOfferWithTheMostCapacityIsTheOneConsidered() {
        SupplierProfile twoOffers = new SupplierProfile(id("Deux offres"), "Deux offres", "PRODUCER", "MICRO", 50.3, 2.78, 80, 2,
                List.of(offer("petite", "03222321-9", "KG", "2000", ALL_YEAR, null), offer("grande", "03222000-3", "KG", "3000", monthsOf(1, 2), null),
                        offer("Deux offres", "03222322-6", "KG", "5000", ALL_YEAR, null)), List.of());
        Map<String, Exclusion> e = exclusions(List.of(twoOffers), null);
        assertEquals(Exclusion.MONTHS, e.get("Deux offres").reasonCode());
    }

    static SupplierProfile withCerts(String name, Certificate certificate) {
        return new SupplierProfile(id(name), name, "PRODUCER", "MICRO", 50.3, 2.78, 80, 0,
                List.of(offer(name, "03222321-9", "KG", "5000", ALL_YEAR, null)), List.of(certificate));
    }

    @Test
    void capacityMarginIsTheSmallestHeadroomOverTheLotsLines() {
        List<DemandLine> lines = List.of(line(1, "Pommes", "03222321-9", FRESH, "KG", "1.50", null, ALL_YEAR, Map.of(COLLEGE, "1200")));
        SupplierProfile s = reseller("Marge", 50.30, 80, offer("Marge", "03222321-9", "KG", "1800", ALL_YEAR, null));
        Plan plan = new LotPlanner().plan(input(List.of(COLLEGE), lines, List.of(s), params(12)), THRESHOLDS);
        EligibleSupplier e = plan.lots().get(0).eligible().get(0);
        assertEquals(new BigDecimal("0.5000"), e.capacityMargin());
        assertEquals(1.1, e.maxDistanceKm(), 0.05);
    }
}
