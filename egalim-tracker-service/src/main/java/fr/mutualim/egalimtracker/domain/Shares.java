package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;

/**
 * A canteen's EGAlim amounts for a period and their shares in percent, rounded to 2 decimals as
 * the law compares them (19.99 % misses 20 %). Shares are null when nothing was bought.
 */
public record Shares(int purchases, BigDecimal total, BigDecimal bio, BigDecimal durableAndQuality,
                     BigDecimal bioPercent, BigDecimal durableAndQualityPercent) {
}
