package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.CanteenType;
import fr.mutualim.buyer.domain.ManagementMode;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen's whole profile, to register it or to replace it. Optional fields left out take "
        + "their defaults, on a replacement too.")
public record CanteenRequest(
        @NotNull @Pattern(regexp = "\\d{14}", message = "must be exactly 14 digits")
        @Schema(example = "21620041000019", description = "Never changes: a replacement must repeat it")
        String siret,
        @NotBlank @Size(max = 200) @Schema(example = "École Jules Ferry") String name,
        @NotNull @Schema(example = "ECOLE") CanteenType type,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits") @Schema(example = "62000") String postalCode,
        @NotBlank @Size(max = 100) @Schema(example = "Arras") String commune,
        @NotNull @Pattern(regexp = "\\d[\\dAB]\\d{3}", message = "must be an INSEE commune code") @Schema(example = "62041")
        String inseeCode,
        @NotNull @Pattern(regexp = "\\d{2}|2A|2B|9[78]\\d", message = "must be a département code (62, 2A, 974, 988…)")
        @Schema(example = "62", description = "Decides the EGAlim territory") String departmentCode,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) @Schema(example = "50.291")
        BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) @Schema(example = "2.777")
        BigDecimal longitude,
        @NotNull @Min(1) @Max(100_000) @Schema(example = "320") Integer mealsPerDay,
        @Min(1) @Max(366)
        @Schema(example = "140", description = "Days a year meals are served. Default by type: 140 for ECOLE, COLLEGE "
                + "and LYCEE, 180 for UNIVERSITE, CUISINE_CENTRALE and AUTRE, 220 for RESTAURANT_ADMINISTRATIF, 365 "
                + "for EHPAD and HOPITAL")
        Integer serviceDaysPerYear,
        @Schema(example = "DIRECT", description = "DIRECT (régie) or CONTRACTED_OUT (gestion concédée); default DIRECT")
        ManagementMode managementMode,
        @Schema(example = "8e2f4a6c-1b3d-4e5f-a7b9-c1d3e5f7a9b2", description = "For a satellite: its central kitchen, "
                + "a registered canteen of type CUISINE_CENTRALE other than itself; null otherwise")
        UUID centralKitchenId) {

    CanteenDetails toDetails() {
        return new CanteenDetails(siret, name.strip(), type, postalCode, commune.strip(), inseeCode, departmentCode,
                latitude, longitude, mealsPerDay,
                serviceDaysPerYear == null ? type.defaultServiceDaysPerYear() : serviceDaysPerYear,
                managementMode == null ? ManagementMode.DIRECT : managementMode, centralKitchenId);
    }
}
