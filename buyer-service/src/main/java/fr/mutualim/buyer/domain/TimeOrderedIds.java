package fr.mutualim.buyer.domain;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Version-7 UUIDs (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, then, in place of the
 * first 12 random bits, a counter (RFC 9562 §6.2, method 1), then 62 random bits. The ids of one
 * generator increase, so rows inserted one after the other land on the last pages of a B-tree index,
 * where random (version-4) ids touch a page anywhere in it, one per row. They stay unguessable (62
 * random bits from {@link SecureRandom}) but tell when they were made, to the millisecond.
 */
public final class TimeOrderedIds {

    private static final int COUNTER_BITS = 12;
    private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;

    private final LongSupplier clock;
    private final Random random;
    private long lastMillis = -1;
    private long counter;

    public TimeOrderedIds() {
        this(System::currentTimeMillis, new SecureRandom());
    }

    TimeOrderedIds(LongSupplier clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    /** The next id: greater than every id this generator gave before. */
    public synchronized UUID next() {
        long millis = clock.getAsLong();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else if (counter < COUNTER_MAX) {
            // The same millisecond, or the clock went back: stay on the last one and count.
            counter++;
        } else {
            // 4 096 ids in one millisecond: borrow the next one rather than repeat a counter.
            lastMillis++;
            counter = 0;
        }
        return of(lastMillis, counter, random.nextLong());
    }

    /** The id made at {@code millis} with this counter and these random bits (only the low 62 are used). */
    static UUID of(long millis, long counter, long randomBits) {
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter & COUNTER_MAX;
        long low = randomBits & 0x3FFF_FFFF_FFFF_FFFFL | Long.MIN_VALUE;
        return new UUID(high, low);
    }
}
