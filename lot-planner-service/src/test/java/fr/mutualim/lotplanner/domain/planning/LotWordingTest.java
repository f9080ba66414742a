package fr.mutualim.lotplanner.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LotWordingTest {

    @Test
    void aZoneOfFiveCommunesNamesTheTwoWithTheMostSitesAndCountsTheOthers() {
        assertEquals("Béthune, Arras et 3 autres communes",
                LotWording.communes(List.of("Arras", "Béthune", "Béthune", "Lens", "Liévin", "Béthune", "Arras", "Douai"), 3));
    }

    @Test
    void upToThreeCommunesAreAllNamedOnceEach() {
        assertEquals("Arras, Béthune, Lens", LotWording.communes(List.of("Arras", "Béthune", "Lens", "Arras"), 3));
        assertEquals("Arras", LotWording.communes(List.of("Arras", "Arras"), 3));
    }

    @Test
    void aCommuneWhoseNameHoldsAForbiddenWordIsCountedNeverCutNorNamed() {
        assertEquals("Gonesse, Sarcelles et 1 autre commune",
                LotWording.communes(List.of("Roissy-en-France", "Gonesse", "Sarcelles"), 3));
        assertEquals("2 communes", LotWording.communes(List.of("Roissy-en-France", "Mareil-en-France"), 3));
        assertFalse(LotWording.isClean("Roissy-en-France"));
    }

    @Test
    void communesThatOnlyLookLikeAForbiddenWordAreNamed() {
        assertTrue(LotWording.isClean("Locon"));
        assertTrue(LotWording.isClean("Francheville"));
        assertEquals("Locon, Francheville", LotWording.communes(List.of("Locon", "Francheville"), 3));
    }

    @Test
    void aCanteenNameLosesItsForbiddenWordsOnly() {
        assertEquals("Collège Anatole", LotWording.clean("Collège Anatole France"));
    }
}
