package fr.mutualim.egalimtracker.api;

import fr.mutualim.egalimtracker.domain.Shares;
import fr.mutualim.egalimtracker.service.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen's figures month by month, from January to the current month (all twelve for a past "
        + "year): each month alone and the year to the end of that month.")
public record MonthlySharesResponse(
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
        @Schema(example = "2026") int year,
        List<Month> months) {

    @Schema(description = "One month.")
    public record Month(@Schema(example = "3") int month, @Schema(description = "this month alone") Period inMonth, Period yearToDate) {
    }

    @Schema(description = "The main figures of a period.")
    public record Period(@Schema(example = "104") long purchaseCount,
                         @Schema(example = "15230.40") BigDecimal total,
                         @Schema(example = "3100.00") BigDecimal bio,
                         @Schema(example = "7800.25") BigDecimal durableAndQuality,
                         @Schema(example = "20.35") BigDecimal bioPercent,
                         @Schema(example = "51.22") BigDecimal durableAndQualityPercent,
                         @Schema(example = "61.02") BigDecimal meatAndFishPercent) {

        static Period of(Shares s) {
            return new Period(s.purchases(), s.total(), s.bio(), s.durableAndQuality(), s.bioPercent(),
                    s.durableAndQualityPercent(), s.meatAndFishPercent());
        }
    }

    static MonthlySharesResponse from(UUID canteenId, int year, List<Figures.MonthFigures> months) {
        return new MonthlySharesResponse(canteenId, year, months.stream()
                .map(m -> new Month(m.month(), Period.of(m.inMonth()), Period.of(m.yearToDate()))).toList());
    }
}
