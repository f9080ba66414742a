package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The parameters of a lot plan. Only the two dates are required.")
public record PlanRequest(
        @Schema(description = "Launch date of the consultation: it decides which thresholds are in force",
                example = "2026-12-01", required = true)
        @NotNull LocalDate launchDate,
        @Schema(description = "First day of the contract: labels must be valid on it", example = "2027-03-01",
                required = true)
        @NotNull LocalDate contractStart,
        @Schema(description = "Whole duration in months, renewals and options included (R2121-1)",
                example = "48", defaultValue = "48")
        @Min(1) @Max(120) Integer durationMonths,
        @Schema(description = "Minimum number of competing local short-chain suppliers that makes a lot "
                + "winnable by local producers (k)", example = "2", defaultValue = "2")
        @Min(1) @Max(20) Integer minLocalSuppliers,
        @Schema(description = "Analysis only: a supplier is local if every delivery site of the lot is within "
                + "this distance", example = "100", defaultValue = "100")
        @Min(1) @Max(1000) Integer localRadiusKm,
        @Schema(description = "Analysis only: at most this many intermediaries makes a short chain",
                example = "1", defaultValue = "1")
        @Min(0) @Max(10) Integer maxIntermediaries,
        @Schema(description = "Maximum number of lots", example = "60")
        @Min(1) @Max(1000) Integer maxLots,
        @Schema(description = "Minimum annual value of a lot, € HT", example = "2000.00")
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal minLotValue,
        @Schema(description = "Cap on the lots one bidder may win (R2113-1)", example = "3")
        @Min(1) @Max(1000) Integer maxLotsPerWinner) {

    /** The domain's parameters, defaults applied; refuses a contract that starts before its consultation. */
    public PlanParameters toParameters() {
        if (contractStart.isBefore(launchDate)) {
            throw ProblemException.invalid("contractStart", "must not be before launchDate " + launchDate);
        }
        return new PlanParameters(launchDate, contractStart, orDefault(durationMonths, 48),
                orDefault(minLocalSuppliers, 2), orDefault(localRadiusKm, 100), orDefault(maxIntermediaries, 1),
                maxLots, minLotValue, maxLotsPerWinner);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
