package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.planning.CurrentShares;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The EGAlim shares the campaign's delivery sites reach now, from the purchase lines their canteens "
        + "recorded in buyer-service over the period (a snapshot taken when the plan was made). Deleted lines do not "
        + "count; a corrected line counts as corrected. Amounts € HT; shares null when nothing was bought.")
public record CurrentSharesResponse(
        @Schema(description = "First purchase date counted: the launch date 12 months earlier", example = "2025-12-01")
        LocalDate from,
        @Schema(description = "Last purchase date counted: the day before the launch date", example = "2026-11-30")
        LocalDate to,
        @Schema(description = "Delivery sites of the campaign", example = "10") int sites,
        @Schema(description = "Delivery sites with at least one purchase line counted", example = "10")
        int sitesWithPurchases,
        @Schema(description = "Purchase lines counted", example = "1040") long purchaseLines,
        @Schema(description = "All food purchases over the period", example = "398204.17") BigDecimal total,
        @Schema(description = "Bio purchases (organic conversion included)", example = "47784.50") BigDecimal bio,
        @Schema(description = "Purchases with any EGAlim label, bio included", example = "127425.33")
        BigDecimal durableAndQuality,
        @Schema(description = "Bio share, null when the total is 0", example = "12.00", nullable = true)
        BigDecimal bioShare,
        @Schema(description = "Durable-and-quality share, null when the total is 0", example = "32.00", nullable = true)
        BigDecimal durableAndQualityShare) {

    static CurrentSharesResponse from(CurrentShares c) {
        return new CurrentSharesResponse(c.period().from(), c.period().to(), c.sites(), c.sitesWithPurchases(),
                c.purchaseLines(), c.total(), c.bio(), c.durableAndQuality(), c.bioShare(), c.durableAndQualityShare());
    }
}
