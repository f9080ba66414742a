package fr.mutualim.buyer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    /** Unsigned, byte by byte: how PostgreSQL orders uuid values (UUID.compareTo compares signed longs). */
    private static final Comparator<UUID> AS_POSTGRESQL_SORTS = Comparator
            .comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecondThenTheCounterThenRandomBits() {
        // RFC 9562 appendix A.6 example time: 2022-02-22 19:22:22 UTC = 0x017F22E279B0 ms.
        UUID id = TimeOrderedIds.of(0x017F22E279B0L, 0xCC3, 0x18C4DC0C0C07398FL);
        assertEquals("017f22e2-79b0-7cc3-98c4-dc0c0c07398f", id.toString());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void idsMadeInTheSameMillisecondStillIncrease() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> 1_700_000_000_000L, new Random(1));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(ids.next());
        }
        assertIncreasing(made);
        assertEquals(1_700_000_000_000L, made.get(999).getMostSignificantBits() >>> 16);
    }

    @Test
    void afterFourThousandAndNinetySixIdsInOneMillisecondTheNextBorrowsTheFollowingMillisecond() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> 1_700_000_000_000L, new Random(2));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 4_097; i++) {
            made.add(ids.next());
        }
        assertIncreasing(made);
        assertEquals(1_700_000_000_000L, made.get(4_095).getMostSignificantBits() >>> 16);
        assertEquals(1_700_000_000_001L, made.get(4_096).getMostSignificantBits() >>> 16);
    }

    @Test
    void aClockThatGoesBackDoesNotMakeIdsGoBack() {
        AtomicLong now = new AtomicLong(1_700_000_000_500L);
        TimeOrderedIds ids = new TimeOrderedIds(now::get, new Random(3));
        UUID before = ids.next();
        now.set(1_700_000_000_000L);
        UUID after = ids.next();
        assertTrue(AS_POSTGRESQL_SORTS.compare(before, after) < 0);
    }

    @Test
    void theRealClockGivesIncreasingVersion7Ids() {
        TimeOrderedIds ids = new TimeOrderedIds();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }
        assertIncreasing(made);
        assertTrue(made.stream().allMatch(id -> id.version() == 7 && id.variant() == 2));
        long millis = made.get(0).getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000);
    }

    private static void assertIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(AS_POSTGRESQL_SORTS.compare(ids.get(i - 1), ids.get(i)) < 0, "id " + i + " does not increase");
        }
    }
}
