package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;

/**
 * One target against one share: met when the share, already rounded to 2 decimals, is at least the
 * target. No share (nothing bought) does not meet a target.
 */
public record TargetCheck(TargetKind target, BigDecimal targetPercent, BigDecimal sharePercent, boolean met) {

    public static TargetCheck of(TargetKind target, BigDecimal targetPercent, BigDecimal sharePercent) {
        return new TargetCheck(target, targetPercent, sharePercent,
                sharePercent != null && sharePercent.compareTo(targetPercent) >= 0);
    }
}
