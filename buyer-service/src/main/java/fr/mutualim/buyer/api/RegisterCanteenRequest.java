package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.CanteenType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen joining Mutualim.")
public record RegisterCanteenRequest(
        @NotNull @Pattern(regexp = "\\d{14}", message = "must be exactly 14 digits") @Schema(example = "21620041000019")
        String siret,
        @NotBlank @Size(max = 200) @Schema(example = "École Jules Ferry") String name,
        @NotNull @Schema(example = "ECOLE") CanteenType type,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits") @Schema(example = "62000") String postalCode,
        @NotBlank @Size(max = 100) @Schema(example = "Arras") String commune,
        @NotNull @Pattern(regexp = "\\d[\\dAB]\\d{3}", message = "must be an INSEE commune code") @Schema(example = "62041")
        String inseeCode,
        @NotNull @Pattern(regexp = "\\d{2}|2A|2B|97\\d", message = "must be a département code (62, 2A, 974…)")
        @Schema(example = "62") String departmentCode,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) @Schema(example = "50.291")
        BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) @Schema(example = "2.777")
        BigDecimal longitude,
        @NotNull @Min(1) @Max(100_000) @Schema(example = "320") Integer mealsPerDay) {

    CanteenDetails toDetails() {
        return new CanteenDetails(siret, name.strip(), type, postalCode, commune.strip(), inseeCode, departmentCode,
                latitude, longitude, mealsPerDay);
    }
}
