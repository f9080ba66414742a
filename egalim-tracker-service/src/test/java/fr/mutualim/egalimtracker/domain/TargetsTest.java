package fr.mutualim.egalimtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped targets file against domain.md §2.3, at every boundary year. */
class TargetsTest {

    private static final Targets TARGETS = Targets.shipped();

    @ParameterizedTest(name = "{0} {1}: {2} / {3} / {4}")
    @CsvSource({
        "METROPOLE, 2021, , , ",
        "METROPOLE, 2022, 20, 50, ",
        "METROPOLE, 2023, 20, 50, ",
        "METROPOLE, 2024, 20, 50, 60",
        "METROPOLE, 2040, 20, 50, 60",
        "GUADELOUPE, 2025, 5, 20, ",
        "GUADELOUPE, 2026, 10, 35, ",
        "MARTINIQUE, 2029, 10, 35, ",
        "GUYANE, 2030, 20, 50, ",
        "LA_REUNION, 2022, 5, 20, ",
        "LA_REUNION, 2026, 10, 35, ",
        "SAINT_MARTIN, 2025, 5, 20, ",
        "SAINT_MARTIN, 2026, 10, 35, ",
        "MAYOTTE, 2025, 2, 5, ",
        "MAYOTTE, 2026, 5, 15, ",
        "MAYOTTE, 2029, 5, 15, ",
        "MAYOTTE, 2030, 10, 30, ",
        "MAYOTTE, 2034, 10, 30, ",
        "MAYOTTE, 2035, 20, 50, ",
        "SAINT_PIERRE_ET_MIQUELON, 2029, 10, 30, ",
        "SAINT_BARTHELEMY, 2024, 20, 50, 60",
        "AUTRE_OUTRE_MER, 2026, 20, 50, 60",
    })
    void eachTerritoryAndYearHasTheTargetsOfDomainReference(Territory territory, int year, BigDecimal bio,
                                                            BigDecimal durable, BigDecimal meatFish) {
        Map<TargetKind, BigDecimal> targets = targets(territory, year);
        assertEquals(bio, targets.get(TargetKind.BIO));
        assertEquals(durable, targets.get(TargetKind.DURABLE));
        assertEquals(meatFish, targets.get(TargetKind.MEAT_FISH));
    }

    @Test
    void everyTerritoryHasExactlyOneRuleForEveryYearFrom2022() {
        for (Territory territory : Territory.values()) {
            for (int year = 2022; year <= 2060; year++) {
                int y = year;
                long rules = TARGETS.rules().stream().filter(r -> r.covers(territory, y)).count();
                assertEquals(1, rules, territory + " " + year);
            }
        }
    }

    @Test
    void aShareJustUnderTheTargetMissesItAndOneRoundedUpToItMeetsIt() {
        // 1999 / 10000 = 19.99 %: below 20 %. 3999 / 20000 = 19.995 % rounds to 20.00 %: met.
        TargetCheck under = bio(new TargetBasis(new BigDecimal("10000.00"), new BigDecimal("1999.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO));
        TargetCheck rounded = bio(new TargetBasis(new BigDecimal("20000.00"), new BigDecimal("3999.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO));
        assertFalse(under.met());
        assertEquals(new BigDecimal("19.99"), under.sharePercent());
        assertTrue(rounded.met());
    }

    @Test
    void thePeriodIsTheCalendarYearSoTheLastDayOfAYearCountsWithThatYearsTargets() {
        Cell lastDay = Cell.of(new PurchaseAmount(java.time.LocalDate.of(2025, 12, 31), Family.AUTRES,
                java.util.Set.of("BIO"), BigDecimal.ONE, false, null));
        Cell firstDay = Cell.of(new PurchaseAmount(java.time.LocalDate.of(2026, 1, 1), Family.AUTRES,
                java.util.Set.of("BIO"), BigDecimal.ONE, false, null));
        assertEquals(2025, lastDay.year());
        assertEquals(2026, firstDay.year());
        assertEquals(new BigDecimal("5"), targets(Territory.GUADELOUPE, lastDay.year()).get(TargetKind.BIO));
        assertEquals(new BigDecimal("10"), targets(Territory.GUADELOUPE, firstDay.year()).get(TargetKind.BIO));
    }

    @Test
    void noMeatAndFishShareMeansTheTargetIsNotMetRatherThanMetByDefault() {
        List<TargetCheck> checks = TARGETS.check(Territory.METROPOLE, 2026, new TargetBasis(new BigDecimal("10.00"),
                new BigDecimal("10.00"), new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        TargetCheck meatFish = checks.stream().filter(c -> c.target() == TargetKind.MEAT_FISH).findFirst().orElseThrow();
        assertFalse(meatFish.met());
    }

    @ParameterizedTest
    @CsvSource({"62, METROPOLE", "2A, METROPOLE", "971, GUADELOUPE", "972, MARTINIQUE", "973, GUYANE",
        "974, LA_REUNION", "975, SAINT_PIERRE_ET_MIQUELON", "976, MAYOTTE", "977, SAINT_BARTHELEMY",
        "978, SAINT_MARTIN", "987, AUTRE_OUTRE_MER"})
    void theTerritoryFollowsTheDepartmentAsBuyerServiceDerivesIt(String department, Territory territory) {
        assertEquals(territory, Territory.of(null, department));
    }

    private static TargetCheck bio(TargetBasis basis) {
        return TARGETS.check(Territory.METROPOLE, 2026, basis).get(0);
    }

    private static Map<TargetKind, BigDecimal> targets(Territory territory, int year) {
        TargetBasis any = new TargetBasis(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        return TARGETS.check(territory, year, any).stream()
                .collect(Collectors.toMap(TargetCheck::target, TargetCheck::targetPercent));
    }
}
