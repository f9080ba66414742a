package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;

/**
 * The five sums the targets are checked against; the ledger keeps them per canteen and year, changed
 * by each line change ({@link #plus}), so that a target check never sums the year's cells again.
 */
public record TargetBasis(BigDecimal total, BigDecimal bio, BigDecimal durableAndQuality, BigDecimal meatAndFish,
                          BigDecimal meatAndFishEgalim) {

    /** Nothing bought. */
    public static final TargetBasis NONE = new TargetBasis(Shares.ZERO, Shares.ZERO, Shares.ZERO, Shares.ZERO,
            Shares.ZERO);

    /**
     * These sums with a line of this cell added ({@code amount} negative: taken out), counted as
     * {@link Shares} counts it: bio, any EGAlim group for durable-and-quality, meat and fish by family.
     */
    public TargetBasis plus(Cell cell, BigDecimal amount) {
        boolean egalim = cell.bucket().egalim();
        boolean meatOrFish = cell.family().meatOrFish();
        return new TargetBasis(total.add(amount), cell.bucket() == Bucket.BIO ? bio.add(amount) : bio,
                egalim ? durableAndQuality.add(amount) : durableAndQuality,
                meatOrFish ? meatAndFish.add(amount) : meatAndFish,
                meatOrFish && egalim ? meatAndFishEgalim.add(amount) : meatAndFishEgalim);
    }

    public BigDecimal bioPercent() {
        return Shares.percent(bio, total);
    }

    public BigDecimal durableAndQualityPercent() {
        return Shares.percent(durableAndQuality, total);
    }

    public BigDecimal meatAndFishPercent() {
        return Shares.percent(meatAndFishEgalim, meatAndFish);
    }
}
