package fr.mutualim.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "35600000000048", "55208131766522"})
    void acceptsLuhnValidSirets(String siret) {
        assertEquals(Optional.empty(), Siret.problem(siret));
    }

    @Test
    void rejectsASiretWhoseLastDigitBreaksTheLuhnCheck() {
        assertEquals(Optional.of("fails the Luhn check"), Siret.problem("73282932000075"));
    }

    @Test
    void rejectsASiretWhoseSirenFailsTheLuhnCheck() {
        assertTrue(Siret.problem("73282932100074").orElseThrow().startsWith("SIREN 732829321"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7328293200007", "732829320000744", "7328293200007A", " 73282932000074"})
    void rejectsAnythingButFourteenDigits(String siret) {
        assertEquals(Optional.of("must be exactly 14 digits"), Siret.problem(siret));
    }

    @Test
    void acceptsALaPosteSiretThatFailsLuhnButWhoseDigitSumIsAMultipleOfFive() {
        // 3+5+6 + 0+0+0+0+0 + 0+0+0+1+0 = 15: a La Poste establishment, not Luhn-valid.
        assertTrue(!Siret.luhn("35600000000010"));
        assertEquals(Optional.empty(), Siret.problem("35600000000010"));
    }

    @Test
    void rejectsALaPosteSiretWhoseDigitSumIsNotAMultipleOfFive() {
        assertTrue(Siret.problem("35600000000011").isPresent());
    }

    @Test
    void laPosteHeadOfficeFollowsTheLuhnRuleNotTheDigitSumRule() {
        assertEquals(Optional.empty(), Siret.problem("35600000000048"));
        assertTrue(Siret.problem("35600000000049").isPresent());
    }

    @Test
    void constructionRefusesAnInvalidNumber() {
        assertThrows(IllegalArgumentException.class, () -> new Siret("12345678901234"));
    }
}
