package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * EGAlim amounts (€ HT) of a set of purchase lines and their shares in percent, rounded to 2 decimals
 * as the law compares them (19.99 % misses 20 %). A share is null when its denominator is zero: nothing
 * bought is no share, not an invented 0 %.
 *
 * @param buckets            each label group after precedence; they add up to {@code total} with NON_EGALIM
 * @param meatAndFish        all VIANDES_VOLAILLES and PRODUITS_DE_LA_MER lines (charcuterie is not in it)
 * @param meatAndFishEgalim  those of them carrying any EGAlim label
 * @param local              lines bought locally, by the canteen's declared definition (never EGAlim)
 * @param originFrance       lines carrying the FRANCE characteristic (never EGAlim)
 * @param bioFairTrade       organic lines also fair trade (declaration column)
 * @param otherEgalimFairTrade fair-trade lines counted in the "other EGAlim" groups (declaration column)
 */
public record Shares(long purchases, BigDecimal total, BigDecimal bio, BigDecimal durableAndQuality,
                     Map<Bucket, BigDecimal> buckets, Map<Family, FamilyAmounts> families,
                     BigDecimal meatAndFish, BigDecimal meatAndFishEgalim, BigDecimal local,
                     Map<String, BigDecimal> localByDefinition, BigDecimal originFrance,
                     BigDecimal bioFairTrade, BigDecimal otherEgalimFairTrade) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final FamilyAmounts NONE = new FamilyAmounts(ZERO, ZERO, ZERO, ZERO);

    /** One family's total, its EGAlim part, its organic part and its origin-France part. */
    public record FamilyAmounts(BigDecimal total, BigDecimal egalim, BigDecimal bio, BigDecimal originFrance) {
        FamilyAmounts plus(BigDecimal amount, Bucket bucket, boolean france) {
            return new FamilyAmounts(total.add(amount), bucket.egalim() ? egalim.add(amount) : egalim,
                    bucket == Bucket.BIO ? bio.add(amount) : bio, france ? originFrance.add(amount) : originFrance);
        }
    }

    public TargetBasis targetBasis() {
        return new TargetBasis(total, bio, durableAndQuality, meatAndFish, meatAndFishEgalim);
    }

    public BigDecimal bioPercent() {
        return percent(bio, total);
    }

    public BigDecimal durableAndQualityPercent() {
        return percent(durableAndQuality, total);
    }

    public BigDecimal meatAndFishPercent() {
        return percent(meatAndFishEgalim, meatAndFish);
    }

    public BigDecimal localPercent() {
        return percent(local, total);
    }

    public BigDecimal originFrancePercent() {
        return percent(originFrance, total);
    }

    public BigDecimal bucketPercent(Bucket bucket) {
        return percent(buckets.getOrDefault(bucket, ZERO), total);
    }

    /** Sum of the buckets of the given kind, e.g. the SIQO groups of the declaration. */
    public BigDecimal sum(Predicate<Bucket> which) {
        return buckets.entrySet().stream().filter(e -> which.test(e.getKey())).map(Map.Entry::getValue)
                .reduce(ZERO, BigDecimal::add);
    }

    public FamilyAmounts family(Family family) {
        return families.getOrDefault(family, NONE);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** Accumulates cells; every amount starts at 0.00 so that figures always carry 2 decimals. */
    static final class Builder {
        private long purchases;
        private BigDecimal total = ZERO;
        private BigDecimal meatAndFish = ZERO;
        private BigDecimal meatAndFishEgalim = ZERO;
        private BigDecimal local = ZERO;
        private BigDecimal france = ZERO;
        private BigDecimal bioFairTrade = ZERO;
        private BigDecimal otherFairTrade = ZERO;
        private final Map<Bucket, BigDecimal> buckets = new EnumMap<>(Bucket.class);
        private final Map<Family, FamilyAmounts> families = new EnumMap<>(Family.class);
        private final Map<String, BigDecimal> localByDefinition = new TreeMap<>();

        void add(Cell cell, BigDecimal amount, long lines) {
            purchases += lines;
            total = total.add(amount);
            buckets.merge(cell.bucket(), amount, BigDecimal::add);
            families.put(cell.family(), families.getOrDefault(cell.family(), NONE).plus(amount, cell.bucket(), cell.france()));
            if (cell.family().meatOrFish()) {
                meatAndFish = meatAndFish.add(amount);
                if (cell.bucket().egalim()) {
                    meatAndFishEgalim = meatAndFishEgalim.add(amount);
                }
            }
            if (cell.local()) {
                local = local.add(amount);
                localByDefinition.merge(cell.localDefinition().isEmpty() ? "NON_PRECISEE" : cell.localDefinition(),
                        amount, BigDecimal::add);
            }
            if (cell.france()) {
                france = france.add(amount);
            }
            if (cell.fairTrade() && cell.bucket() == Bucket.BIO) {
                bioFairTrade = bioFairTrade.add(amount);
            } else if (cell.fairTrade() && otherEgalim(cell.bucket())) {
                otherFairTrade = otherFairTrade.add(amount);
            }
        }

        Shares build() {
            BigDecimal bio = buckets.getOrDefault(Bucket.BIO, ZERO);
            BigDecimal durable = total.subtract(buckets.getOrDefault(Bucket.NON_EGALIM, ZERO));
            return new Shares(purchases, total, bio, durable, Collections.unmodifiableMap(buckets),
                    Collections.unmodifiableMap(families), meatAndFish, meatAndFishEgalim, local,
                    Collections.unmodifiableMap(localByDefinition), france, bioFairTrade, otherFairTrade);
        }
    }

    /** ma-cantine's "autres achats EGAlim": every group that is neither organic, SIQO nor externalities/performance. */
    public static boolean otherEgalim(Bucket bucket) {
        return bucket.egalim() && bucket != Bucket.BIO && !bucket.siqo() && !bucket.externalitiesOrPerformance();
    }
}
