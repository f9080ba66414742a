package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.planning.EgalimProjection;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The bio and durable-and-quality shares the group would reach if each lot went to its awarded "
        + "supplier, with the labels valid at the contract start, beside the shares its delivery sites reach now. "
        + "A purchase counts once, in the first label group it matches (BIO first: bio counts for durable-and-quality "
        + "too); local or French origin never counts. Amounts € HT per year; shares in percent, 2 decimals.")
public record EgalimResponse(
        @Schema(description = "Annual value of the plan", example = "412000.00") BigDecimal annualValue,
        @Schema(description = "Annual value the awarded suppliers' bio certificates cover", example = "61800.00")
        BigDecimal bio,
        @Schema(description = "Annual value any EGAlim label covers, bio included", example = "193640.00")
        BigDecimal durableAndQuality,
        @Schema(description = "Projected bio share", example = "15.00") BigDecimal bioShare,
        @Schema(description = "Projected durable-and-quality share", example = "47.00") BigDecimal durableAndQualityShare,
        @Schema(description = "Annual value of lots no supplier can serve alone (counted in no label)", example = "0.00")
        BigDecimal withoutSupplier,
        @Schema(description = "Projected annual value per label group, in precedence order of domain.md §2.1",
                example = "{\"BIO\": 61800.00, \"LABEL_ROUGE\": 40000.00, \"HVE\": 91840.00}")
        Map<String, BigDecimal> byGroup,
        @Schema(description = "The shares the campaign's delivery sites reach now, from their purchases over the 12 "
                + "months before the launch date; taken when the plan was made and kept with it. Null in plans made "
                + "before the planner read purchases.")
        CurrentSharesResponse current) {

    static EgalimResponse from(EgalimProjection e) {
        return new EgalimResponse(e.annualValue(), e.bio(), e.durableAndQuality(), e.bioShare(),
                e.durableAndQualityShare(), e.withoutSupplier(), e.byGroup(),
                e.current() == null ? null : CurrentSharesResponse.from(e.current()));
    }
}
