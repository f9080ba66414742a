package fr.mutualim.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferDetailsTest {

    private static OfferDetails carrots(BigDecimal monthly) {
        return new OfferDetails("Carottes", "03221112-4", ProductFamily.FRUITS_ET_LEGUMES, Unit.KG,
                new BigDecimal("10000"), Set.of(1, 2, 3, 4), monthly, new BigDecimal("0.90"), 1, Set.of(DayOfWeek.MONDAY));
    }

    @Test
    void suppliesOnlyInMonthsItIsAvailable() {
        assertTrue(carrots(null).canSupply(new BigDecimal("5000"), Set.of(1, 2)));
        assertFalse(carrots(null).canSupply(new BigDecimal("5000"), Set.of(4, 5)));
    }

    @Test
    void aMonthlyCapacityLimitsWhatAShortSeasonCanDeliver() {
        OfferDetails offer = carrots(new BigDecimal("1500"));
        assertEquals(new BigDecimal("3000"), offer.capacityFor(Set.of(1, 2)));
        assertTrue(offer.canSupply(new BigDecimal("3000"), Set.of(1, 2)));
        assertFalse(offer.canSupply(new BigDecimal("3000.001"), Set.of(1, 2)));
    }

    @Test
    void aCpvCodeMustHaveItsCheckDigitAndMonthsMustExist() {
        assertThrows(IllegalArgumentException.class, () -> new OfferDetails("x", "03221112", ProductFamily.AUTRES,
                Unit.KG, BigDecimal.ONE, Set.of(1), null, BigDecimal.ONE, 1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new OfferDetails("x", "03221112-4", ProductFamily.AUTRES,
                Unit.KG, BigDecimal.ONE, Set.of(13), null, BigDecimal.ONE, 1, Set.of()));
    }
}
