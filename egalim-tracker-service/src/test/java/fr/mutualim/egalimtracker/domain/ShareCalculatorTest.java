package fr.mutualim.egalimtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareCalculatorTest {

    @Test
    void organicCountsForBioAndForDurableAndQuality() {
        Shares shares = ShareCalculator.compute(List.of(
                line("FRUITS_ET_LEGUMES", Set.of("BIO"), "30.00"),
                line("FRUITS_ET_LEGUMES", Set.of(), "70.00")));
        assertEquals(new BigDecimal("100.00"), shares.total());
        assertEquals(new BigDecimal("30.00"), shares.bio());
        assertEquals(new BigDecimal("30.00"), shares.durableAndQuality());
        assertEquals(new BigDecimal("30.00"), shares.bioPercent());
    }

    @Test
    void aLineWithSeveralLabelsCountsOnce() {
        Shares shares = ShareCalculator.compute(List.of(line("VIANDES_VOLAILLES", Set.of("BIO", "LABEL_ROUGE", "IGP"), "50.00"),
                line("AUTRES", Set.of(), "50.00")));
        assertEquals(new BigDecimal("50.00"), shares.durableAndQuality());
        assertEquals(new BigDecimal("50.00"), shares.durableAndQualityPercent());
    }

    @Test
    void informationOnlyCharacteristicsNeverCount() {
        Shares shares = ShareCalculator.compute(List.of(
                line("FRUITS_ET_LEGUMES", Set.of("LOCAL", "CIRCUIT_COURT", "FRANCE", "EUROPE"), "100.00")));
        assertEquals(new BigDecimal("0.00"), shares.durableAndQualityPercent());
        assertEquals(BigDecimal.ZERO, shares.durableAndQuality());
    }

    @Test
    void sharesAreRoundedToTwoDecimalsSoJustUnderTwentyStaysUnder() {
        // 1999 / 10000 = 19.99 %: misses a 20 % target.
        Shares under = ShareCalculator.compute(List.of(line("AUTRES", Set.of("BIO"), "1999.00"),
                line("AUTRES", Set.of(), "8001.00")));
        assertEquals(new BigDecimal("19.99"), under.bioPercent());
        // 19.995 % rounds half up to 20.00 %.
        Shares rounded = ShareCalculator.compute(List.of(line("AUTRES", Set.of("BIO"), "3999.00"),
                line("AUTRES", Set.of(), "16001.00")));
        assertEquals(new BigDecimal("20.00"), rounded.bioPercent());
    }

    @Test
    void nothingBoughtHasNoShareRatherThanAnInventedZero() {
        Shares shares = ShareCalculator.compute(List.of());
        assertEquals(0, shares.purchases());
        assertNull(shares.bioPercent());
    }

    private static PurchaseAmount line(String family, Set<String> labels, String amount) {
        return new PurchaseAmount(family, labels, new BigDecimal(amount));
    }
}
