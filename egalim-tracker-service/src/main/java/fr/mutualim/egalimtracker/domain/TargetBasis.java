package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;

/** The five sums the targets are checked against; the ledger reads them alone after every line change. */
public record TargetBasis(BigDecimal total, BigDecimal bio, BigDecimal durableAndQuality, BigDecimal meatAndFish,
                          BigDecimal meatAndFishEgalim) {

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
