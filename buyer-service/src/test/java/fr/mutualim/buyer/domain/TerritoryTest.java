package fr.mutualim.buyer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryTest {

    @ParameterizedTest(name = "département {0} is in {1}")
    @CsvSource({
            "62, METROPOLE", "01, METROPOLE", "95, METROPOLE", "2A, METROPOLE", "2B, METROPOLE",
            "971, GUADELOUPE", "972, MARTINIQUE", "973, GUYANE", "974, LA_REUNION",
            "975, SAINT_PIERRE_ET_MIQUELON", "976, MAYOTTE", "977, SAINT_BARTHELEMY", "978, SAINT_MARTIN",
            "984, AUTRE_OUTRE_MER", "986, AUTRE_OUTRE_MER", "987, AUTRE_OUTRE_MER", "988, AUTRE_OUTRE_MER",
            "989, AUTRE_OUTRE_MER"})
    void eachDepartementBelongsToItsEgalimTerritory(String department, Territory expected) {
        assertEquals(expected, Territory.ofDepartment(department));
    }

    @ParameterizedTest(name = "{0} is mainland France")
    @CsvSource({"97", "9", "979", "96"})
    void aCodeThatNamesNoOverseasTerritoryIsMainlandFrance(String department) {
        assertEquals(Territory.METROPOLE, Territory.ofDepartment(department));
    }
}
