package fr.mutualim.lotplanner.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The planner's long arithmetic for quantities and values gives exactly what BigDecimal gives. */
class ExactLineValuesTest {

    private static long expectedCents(BigDecimal quantity, BigDecimal price) {
        return quantity.setScale(3, RoundingMode.HALF_UP).multiply(price).setScale(2, RoundingMode.HALF_UP)
                .unscaledValue().longValueExact();
    }

    private static long cents(BigDecimal quantity, BigDecimal price) {
        return new PlanningModel.UnitPrice(price).centsOf(PlanningModel.thousandths(quantity));
    }

    @Test
    void valuesInCentsRoundHalfUpLikeBigDecimalOnRandomQuantitiesAndPrices() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            BigDecimal quantity = BigDecimal.valueOf(random.nextLong(1, 1_000_000_000L), random.nextInt(0, 6));
            BigDecimal price = BigDecimal.valueOf(random.nextLong(0, 10_000_000L), random.nextInt(0, 8));
            assertEquals(expectedCents(quantity, price), cents(quantity, price), () -> quantity + " x " + price);
        }
    }

    @Test
    void aHalfCentRoundsUpAndJustBelowRoundsDown() {
        assertEquals(1, cents(new BigDecimal("0.005"), BigDecimal.ONE));
        assertEquals(0, cents(new BigDecimal("0.004"), BigDecimal.ONE));
        assertEquals(1, cents(new BigDecimal("1"), new BigDecimal("0.005")));
        assertEquals(0, cents(new BigDecimal("1"), new BigDecimal("0.0049999")));
    }

    @Test
    void quantitiesWithMoreThanThreeDecimalsRoundHalfUpToThousandths() {
        assertEquals(1, PlanningModel.thousandths(new BigDecimal("0.0005")));
        assertEquals(0, PlanningModel.thousandths(new BigDecimal("0.00049")));
        assertEquals(12_000, PlanningModel.thousandths(new BigDecimal("1.2E+1")));
    }

    @Test
    void productsTooLargeForALongFallBackToBigDecimal() {
        BigDecimal quantity = new BigDecimal("999999999.999");
        BigDecimal price = new BigDecimal("99999.999999");
        assertEquals(expectedCents(quantity, price), cents(quantity, price));
    }
}
