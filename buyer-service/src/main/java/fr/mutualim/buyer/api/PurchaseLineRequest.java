package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.LocalDefinition;
import fr.mutualim.buyer.domain.ProductFamily;
import fr.mutualim.buyer.domain.PurchaseLabel;
import fr.mutualim.buyer.domain.PurchaseLine;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase line as a client sends it: to record it, in a batch, or as the whole corrected line. */
@Schema(description = "One purchase line of a canteen, amounts in € excluding VAT.")
public record PurchaseLineRequest(
        @NotNull @Schema(example = "2026-03-14", description = "not in the future") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "GAEC des Trois Vallées") String supplierName,
        @Pattern(regexp = "\\d{14}", message = "must be exactly 14 digits") @Schema(example = "73282932000074")
        String supplierSiret,
        @NotBlank @Size(max = 300) @Schema(example = "Pommes Golden, calibre 70") String description,
        @NotNull @Schema(example = "FRUITS_ET_LEGUMES") ProductFamily family,
        @Size(max = 16) @Schema(example = "[\"BIO\", \"LOCAL\"]",
                description = "EGAlim labels and information-only characteristics (FRANCE, EUROPE, CIRCUIT_COURT, LOCAL)")
        Set<@NotNull PurchaseLabel> labels,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) @Schema(example = "412.50")
        BigDecimal amountExclTax,
        @NotNull @Schema(example = "true", description = "bought locally, by the canteen's own definition") Boolean local,
        @Schema(example = "KM", description = "what local means for this line; only for a local purchase")
        LocalDefinition localDefinition,
        @Min(1) @Max(10_000) @Schema(example = "80", description = "radius in km; required with KM, only with KM")
        Integer localDistanceKm) {

    PurchaseLine toLine() {
        Set<PurchaseLabel> codes = labels == null || labels.isEmpty() ? EnumSet.noneOf(PurchaseLabel.class) : EnumSet.copyOf(labels);
        return new PurchaseLine(date, supplierName.strip(), supplierSiret, description.strip(), family, codes,
                amountExclTax, local, localDefinition, localDistanceKm);
    }
}
