package fr.mutualim.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CertificationTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    static Certification certification(CertificationType type, Set<ProductFamily> families, Set<String> prefixes) {
        return Certification.add(UUID.randomUUID(), UUID.randomUUID(),
                new CertificationDetails(type, "Ecocert", "62/1", FROM, UNTIL, families, prefixes), Instant.now());
    }

    private static Certification organic() {
        return certification(CertificationType.BIO, Set.of(ProductFamily.FRUITS_ET_LEGUMES), Set.of());
    }

    @Test
    void countsOnItsFirstAndLastDaysAndNotOneDayOutside() {
        Certification certification = organic();
        assertFalse(certification.validOn(FROM.minusDays(1)));
        assertTrue(certification.validOn(FROM));
        assertTrue(certification.validOn(UNTIL));
        assertFalse(certification.validOn(UNTIL.plusDays(1)));
    }

    @Test
    void aRevokedCertificateStopsCountingOnTheRevocationDay() {
        Certification certification = organic();
        certification.revoke(LocalDate.of(2026, 6, 15), "withdrawn by the certifier");
        assertTrue(certification.validOn(LocalDate.of(2026, 6, 14)));
        assertFalse(certification.validOn(LocalDate.of(2026, 6, 15)));
        assertThrows(IllegalStateException.class, () -> certification.revoke(LocalDate.of(2026, 7, 1), "again"));
    }

    @Test
    void expiresWithinCountsTheLastValidDayAndIgnoresLapsedOnes() {
        Certification certification = organic();
        assertTrue(certification.expiresWithin(UNTIL.minusDays(30), 30));
        assertFalse(certification.expiresWithin(UNTIL.minusDays(31), 30));
        assertFalse(certification.expiresWithin(UNTIL.plusDays(1), 30), "already lapsed: nothing to remind");
    }

    @Test
    void aCertificateCannotEndBeforeItStartsNorCoverNothing() {
        assertThrows(IllegalArgumentException.class, () -> new CertificationDetails(CertificationType.BIO, "x", "1",
                UNTIL, FROM, Set.of(ProductFamily.AUTRES), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new CertificationDetails(CertificationType.BIO, "x", "1",
                FROM, UNTIL, Set.of(), Set.of()));
    }

    @Test
    void organicConversionCountsAsOrganicAndMscNeverCounts() {
        assertEquals("BIO", CertificationType.BIO_CONVERSION.egalimLabel().orElseThrow());
        assertFalse(CertificationType.MSC.countsForEgalim());
    }
}
