package fr.mutualim.lotplanner.api;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One demand line of a lot, its quantities added up over the lot's delivery sites.")
public record LotLineResponse(
        UUID lineId,
        @Schema(example = "3") int lineNumber,
        @Schema(example = "Pommes de table") String productLabel,
        @Schema(example = "03222321-9") String cpvCode,
        @Schema(example = "KG") String unit,
        @Schema(description = "Months the lot supplies this line", example = "[1, 2, 3, 9, 10, 11, 12]")
        Set<Integer> months,
        @Schema(description = "Quantity per year over the lot's sites", example = "4800.000") BigDecimal quantity,
        @Schema(description = "Estimated annual value, € HT", example = "6720.00") BigDecimal annualValue,
        @Schema(description = "Delivery sites of the lot that need this line", example = "4") int siteCount,
        @Schema(description = "EGAlim label the line requires, or null", example = "BIO") String requiredLabel) {
}
