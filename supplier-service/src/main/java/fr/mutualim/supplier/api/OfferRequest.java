package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.CpvCode;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.domain.ProductFamily;
import fr.mutualim.supplier.domain.Unit;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a supplier offers. Its labels are not sent: they follow from the supplier's certificates.")
public record OfferRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Pommes Golden, calibre 70-75") String productLabel,
        @NotNull @Pattern(regexp = CpvCode.FORMAT, message = "must be a CPV code like 03222321-9")
        @Schema(example = "03222321-9") String cpvCode,
        @NotNull @Schema(example = "FRUITS_ET_LEGUMES") ProductFamily family,
        @NotNull @Schema(example = "KG") Unit unit,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3)
        @Schema(example = "12000", description = "units a year") BigDecimal annualCapacity,
        @NotEmpty @Size(max = 12) @Schema(example = "[9, 10, 11, 12, 1, 2, 3]", description = "months available, 1 to 12")
        Set<@NotNull @Min(1) @Max(12) Integer> months,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3)
        @Schema(example = "2000", description = "units a month, if it limits more than the annual capacity")
        BigDecimal monthlyCapacity,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        @Schema(example = "1.35", description = "indicative, € HT per unit") BigDecimal unitPriceExclTax,
        @NotNull @Min(1) @Max(5) @Schema(example = "1", description = "1st (fresh) to 5th gamme (ready to eat)")
        Integer processingLevel,
        @NotEmpty @Schema(example = "[\"TUESDAY\", \"FRIDAY\"]") Set<@NotNull DayOfWeek> deliveryDays) {

    OfferDetails toDetails() {
        return new OfferDetails(productLabel.strip(), cpvCode, family, unit, annualCapacity, months, monthlyCapacity,
                unitPriceExclTax, processingLevel, deliveryDays);
    }
}
