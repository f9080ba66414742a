package fr.mutualim.egalimtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Property-based, with a seeded generator: on random purchase histories (recordings, corrections,
 * deletions, several labels, both years around New Year), the figures kept incrementally, as the ledger
 * keeps them (the cells, and the target sums of each year), equal the figures of the final lines
 * whatever the order of the events and however many times each is delivered; and the buckets and the
 * families always add up to the total.
 */
class ReplayPropertyTest {

    private static final String[] CODES = {"BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE", "PECHE_DURABLE", "RUP",
        "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE", "FRANCE", "EUROPE", "CIRCUIT_COURT", "LOCAL"};
    private static final String[] LOCAL_DEFINITIONS = {"PAT", "COMMUNE", "DEPARTEMENT", "REGION", "KM", null};
    private static final UUID CANTEEN = UUID.randomUUID();

    /** One event of a purchase: a whole state (recording or correction) or a deletion (state null). */
    private record Event(UUID purchaseId, long version, PurchaseAmount state) {
    }

    @Test
    void figuresDoNotDependOnEventOrderOrDuplicatesAndBucketsAddUpToTheTotal() {
        Random random = new Random(20261126L);
        for (int run = 0; run < 300; run++) {
            List<Event> history = new ArrayList<>();
            Map<UUID, PurchaseAmount> finalLines = new HashMap<>();
            for (int p = 0, purchases = 1 + random.nextInt(40); p < purchases; p++) {
                UUID id = UUID.randomUUID();
                PurchaseAmount state = null;
                for (long version = 1, versions = 1 + random.nextInt(4); version <= versions; version++) {
                    boolean deletion = version > 1 && version == versions && random.nextInt(3) == 0;
                    state = deletion ? null : randomLine(random);
                    history.add(new Event(id, version, state));
                }
                if (state != null) {
                    finalLines.put(id, state);
                }
            }
            Tally expected = Tally.of(finalLines.values());

            List<Event> delivered = new ArrayList<>(history);
            for (Event event : history) {
                if (random.nextBoolean()) {
                    delivered.add(event); // delivered twice
                }
            }
            Collections.shuffle(delivered, random);
            Map<Integer, TargetBasis> sums = new HashMap<>();
            Tally replayed = replay(delivered, sums);
            assertEquals(expected.cells(), replayed.cells(), "run " + run);

            for (int year : Set.of(2025, 2026)) {
                Shares s = replayed.shares(c -> c.year() == year);
                BigDecimal buckets = s.buckets().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal families = s.families().values().stream().map(Shares.FamilyAmounts::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, buckets.compareTo(s.total()), "buckets add up to the total, run " + run);
                assertEquals(0, families.compareTo(s.total()), "families add up to the total, run " + run);
                assertEquals(0, s.durableAndQuality().compareTo(s.sum(Bucket::egalim)));
                assertTrue(s.bio().compareTo(s.durableAndQuality()) <= 0);
                assertTrue(s.meatAndFishEgalim().compareTo(s.meatAndFish()) <= 0);
                assertEquals(finalLines.values().stream().filter(l -> l.date().getYear() == year).count(), s.purchases());
                assertSameSums(expected.shares(c -> c.year() == year).targetBasis(),
                        sums.getOrDefault(year, TargetBasis.NONE), "run " + run + ", " + year);
            }
        }
    }

    /**
     * Applies events as the ledger does: version guard on the line, old cell out, new cell in, and the
     * same old contribution out of its year's target sums and new one in.
     */
    private static Tally replay(List<Event> events, Map<Integer, TargetBasis> sums) {
        Map<UUID, LedgerLine> lines = new HashMap<>();
        Tally tally = new Tally();
        for (Event event : events) {
            LedgerLine line = lines.computeIfAbsent(event.purchaseId(), id -> new LedgerLine(id, CANTEEN));
            var before = line.counted();
            boolean applied = event.state() == null ? line.delete(event.version())
                    : line.apply(event.version(), CANTEEN, event.state());
            if (applied) {
                before.ifPresent(tally::remove);
                before.ifPresent(old -> sums.compute(old.date().getYear(), (year, sum) ->
                        (sum == null ? TargetBasis.NONE : sum).plus(Cell.of(old), old.amountExclTax().negate())));
                line.counted().ifPresent(tally::add);
                line.counted().ifPresent(now -> sums.compute(now.date().getYear(), (year, sum) ->
                        (sum == null ? TargetBasis.NONE : sum).plus(Cell.of(now), now.amountExclTax())));
            }
        }
        return tally;
    }

    private static void assertSameSums(TargetBasis expected, TargetBasis kept, String where) {
        assertEquals(0, expected.total().compareTo(kept.total()), "total, " + where);
        assertEquals(0, expected.bio().compareTo(kept.bio()), "bio, " + where);
        assertEquals(0, expected.durableAndQuality().compareTo(kept.durableAndQuality()), "durable, " + where);
        assertEquals(0, expected.meatAndFish().compareTo(kept.meatAndFish()), "meat and fish, " + where);
        assertEquals(0, expected.meatAndFishEgalim().compareTo(kept.meatAndFishEgalim()), "meat and fish EGAlim, " + where);
    }

    private static PurchaseAmount randomLine(Random random) {
        Set<String> labels = new HashSet<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            labels.add(CODES[random.nextInt(CODES.length)]);
        }
        LocalDate date = random.nextBoolean() ? LocalDate.of(2025, 12, 31 - random.nextInt(40) % 31)
                : LocalDate.of(2026, 1 + random.nextInt(12), 1);
        boolean local = random.nextBoolean();
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2);
        return new PurchaseAmount(date, Family.values()[random.nextInt(Family.values().length)], labels, amount, local,
                local ? LOCAL_DEFINITIONS[random.nextInt(LOCAL_DEFINITIONS.length)] : null);
    }
}
