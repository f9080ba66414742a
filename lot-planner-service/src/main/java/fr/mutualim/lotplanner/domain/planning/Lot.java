package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A lot of the plan. {@code eligible} is ranked (local short chain first, then capacity margin, then distance);
 * {@code localShortChainEligible} counts eligible suppliers that are local short-chain (analysis only, never written
 * in the lot's title or description).
 */
public record Lot(String id, String title, String description, String categoryCode, String categoryLabel, String mainCpv,
        List<LotItem> items, List<UUID> siteIds, BigDecimal annualValue, BigDecimal durationValue, Procedure procedure,
        boolean smallLotEnvelope, List<EligibleSupplier> eligible, List<Exclusion> exclusions, int localShortChainEligible,
        String splitReason, List<JointBid> jointBids) {}
