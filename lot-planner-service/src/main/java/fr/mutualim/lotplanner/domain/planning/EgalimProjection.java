package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * EGAlim shares the group would reach if each lot went to its awarded supplier (else its best-ranked eligible one):
 * an item counts once, in the first label group of domain.md §2.1 that one of the supplier's certificates valid at
 * contract start, whose scope covers the line, gives. {@code withoutSupplier}: value of lots no one can serve alone.
 * Shares are percent with 2 decimals. Local or short-chain supply never counts here. {@code current}: the shares the
 * delivery sites reach now, from their purchases, taken when the plan is made (null in plans made before it existed).
 */
public record EgalimProjection(BigDecimal annualValue, BigDecimal bio, BigDecimal durableAndQuality, BigDecimal bioShare,
        BigDecimal durableAndQualityShare, BigDecimal withoutSupplier, Map<String, BigDecimal> byGroup, CurrentShares current) {

    EgalimProjection withCurrent(CurrentShares shares) {
        return new EgalimProjection(annualValue, bio, durableAndQuality, bioShare, durableAndQualityShare, withoutSupplier,
                byGroup, shares);
    }
}
