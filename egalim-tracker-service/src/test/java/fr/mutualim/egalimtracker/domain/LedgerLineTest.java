package fr.mutualim.egalimtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerLineTest {

    private static final UUID CANTEEN = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewerVersionReplacesTheLineAndAnOlderOneIsIgnored() {
        LedgerLine line = new LedgerLine(UUID.randomUUID(), CANTEEN);
        assertTrue(line.apply(1, CANTEEN, state(Set.of(), "10.00")));
        assertTrue(line.apply(2, CANTEEN, state(Set.of("BIO"), "30.00")));
        assertFalse(line.apply(1, CANTEEN, state(Set.of(), "10.00")));
        assertEquals(new BigDecimal("30.00"), line.counted().orElseThrow().amountExclTax());
        assertEquals(Set.of("BIO"), line.counted().orElseThrow().labels());
    }

    @Test
    void aDeletionWinsOverEveryOlderVersionButNotOverANewerOne() {
        LedgerLine line = new LedgerLine(UUID.randomUUID(), CANTEEN);
        assertTrue(line.delete(3), "a tombstone may come first");
        assertTrue(line.counted().isEmpty(), "a tombstone counts nowhere");
        assertFalse(line.apply(2, CANTEEN, state(Set.of(), "1.00")));
        assertFalse(line.delete(3));
        assertTrue(line.apply(4, CANTEEN, state(Set.of(), "1.00")), "a later version is a new state");
        assertTrue(line.counted().isPresent());
    }

    private static PurchaseAmount state(Set<String> labels, String amount) {
        return new PurchaseAmount(DAY, Family.AUTRES, labels, new BigDecimal(amount), false, null);
    }
}
