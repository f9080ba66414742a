package fr.mutualim.lotplanner.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentSharesTest {

    @Test
    void thePeriodStartsTheDayExactly12MonthsBeforeTheLaunchAndEndsTheDayBeforeIt() {
        PurchasePeriod period = PurchasePeriod.before(LocalDate.of(2026, 12, 1));
        assertEquals(LocalDate.of(2025, 12, 1), period.from());
        assertEquals(LocalDate.of(2026, 11, 30), period.to());

        PurchasePeriod march = PurchasePeriod.before(LocalDate.of(2027, 3, 1));
        assertEquals(LocalDate.of(2026, 3, 1), march.from());
        assertEquals(LocalDate.of(2027, 2, 28), march.to());
    }

    @Test
    void aLaunchOnThe29thOfFebruaryCountsFromThe28thOfFebruaryAYearEarlier() {
        PurchasePeriod period = PurchasePeriod.before(LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2027, 2, 28), period.from());
        assertEquals(LocalDate.of(2028, 2, 28), period.to());
    }

    @Test
    void aLineWithBioAndLabelRougeCountsOnceAsBio() {
        assertEquals("BIO", EgalimLabels.groupOf(Set.of("LABEL_ROUGE", "BIO")));
        assertEquals("LABEL_ROUGE", EgalimLabels.groupOf(Set.of("LABEL_ROUGE", "HVE", "LOCAL")));
        assertEquals("AOCAOP_IGP_STG", EgalimLabels.groupOf(Set.of("IGP", "FERMIER")));
    }

    @Test
    void awardCriteriaCountForDurableAndQualityButOriginAndLocalityNever() {
        assertEquals("EXTERNALITES", EgalimLabels.groupOf(Set.of("EXTERNALITES")));
        assertEquals("PERFORMANCE", EgalimLabels.groupOf(Set.of("PERFORMANCE", "CIRCUIT_COURT")));
        assertNull(EgalimLabels.groupOf(Set.of("FRANCE", "EUROPE", "CIRCUIT_COURT", "LOCAL")));
        assertNull(EgalimLabels.groupOf(Set.of()));
    }

    @Test
    void sharesAreRoundedHalfUpTo2Decimals() {
        CurrentShares c = CurrentShares.of(PurchasePeriod.before(LocalDate.of(2026, 12, 1)), 2, 2, 4,
                new BigDecimal("700.00"), new BigDecimal("150.00"), new BigDecimal("400.00"));
        assertEquals(new BigDecimal("21.43"), c.bioShare());
        assertEquals(new BigDecimal("57.14"), c.durableAndQualityShare());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void withoutAnyPurchaseTheSharesAreNullAndTheBuyerIsWarned() {
        CurrentShares c = CurrentShares.of(PurchasePeriod.before(LocalDate.of(2026, 12, 1)), 3, 0, 0,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(new BigDecimal("0.00"), c.total());
        assertNull(c.bioShare());
        assertNull(c.durableAndQualityShare());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).contains("no purchase is known for the delivery sites from 2025-12-01 to 2026-11-30"));
    }

    @Test
    void purchasesKnownForOnlySomeSitesAreWarned() {
        CurrentShares c = CurrentShares.of(PurchasePeriod.before(LocalDate.of(2026, 12, 1)), 3, 2, 5,
                new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(List.of("current EGAlim shares: purchases are known for 2 of the 3 delivery sites from 2025-12-01 "
                + "to 2026-11-30"), c.warnings());
    }
}
