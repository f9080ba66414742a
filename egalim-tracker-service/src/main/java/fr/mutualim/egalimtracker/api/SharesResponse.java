package fr.mutualim.egalimtracker.api;

import fr.mutualim.egalimtracker.domain.Shares;
import fr.mutualim.egalimtracker.service.Ledger;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen's EGAlim amounts (€ HT) and shares (%, 2 decimals) for a calendar year.")
public record SharesResponse(
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
        @Schema(example = "École Jules Ferry", description = "null until the canteen's own event has arrived")
        String canteenName,
        @Schema(example = "62") String departmentCode,
        @Schema(example = "2026") int year,
        @Schema(example = "1250") int purchaseCount,
        @Schema(example = "182340.55") BigDecimal total,
        @Schema(example = "38290.10") BigDecimal bio,
        @Schema(example = "92011.37", description = "all EGAlim labels, organic included") BigDecimal durableAndQuality,
        @Schema(example = "21.00") BigDecimal bioPercent,
        @Schema(example = "50.46") BigDecimal durableAndQualityPercent) {

    static SharesResponse from(Ledger.CanteenShares result) {
        Shares s = result.shares();
        return new SharesResponse(result.canteenId(), result.name(), result.departmentCode(), result.year(),
                s.purchases(), s.total(), s.bio(), s.durableAndQuality(), s.bioPercent(), s.durableAndQualityPercent());
    }
}
