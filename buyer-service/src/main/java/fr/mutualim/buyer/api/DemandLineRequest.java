package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.ProductFamily;
import fr.mutualim.buyer.domain.campaign.CpvCode;
import fr.mutualim.buyer.domain.campaign.DemandLineInput;
import fr.mutualim.buyer.domain.campaign.DemandUnit;
import fr.mutualim.buyer.domain.campaign.HomogeneousCategory;
import fr.mutualim.buyer.domain.campaign.RequiredLabel;
import fr.mutualim.buyer.domain.campaign.SiteQuantity;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One product a purchasing group needs, and how much each of its delivery sites needs a year.")
public record DemandLineRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Pommes de table") String productLabel,
        @NotNull @Pattern(regexp = CpvCode.FORMAT, message = "must be a CPV code like 03222321-9")
        @Schema(example = "03222321-9") String cpvCode,
        @NotNull @Schema(example = "FRUITS_ET_LEGUMES", description = "ma-cantine product family") ProductFamily family,
        @Pattern(regexp = HomogeneousCategory.CODE_FORMAT, message = "must be a category code like FRUITS_LEGUMES_FRAIS")
        @Schema(example = "FRUITS_LEGUMES_FRAIS", description = "Homogeneous category code of the group's nomenclature; "
                + "left out, it follows from the CPV code (longest prefix)") String category,
        @NotNull @Schema(example = "KG") DemandUnit unit,
        @NotEmpty @Size(max = 12) @Schema(example = "[1, 2, 3, 9, 10, 11, 12]", description = "months needed, 1 to 12")
        Set<@NotNull @Min(1) @Max(12) Integer> months,
        @NotNull @Min(1) @Max(7) @Schema(example = "2") Integer deliveriesPerWeek,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        @Schema(example = "1.40", description = "estimated, € HT per unit") BigDecimal estimatedUnitPriceExclTax,
        @Schema(example = "BIO", description = "EGAlim label required (\"or equivalent\"), or null") RequiredLabel requiredLabel,
        @NotNull @Size(max = 10_000)
        @Schema(description = "Quantity a year per delivery site, each a member canteen of the group, at most once. "
                + "May be empty while the campaign is a draft.")
        List<@NotNull @Valid Quantity> quantities) {

    @Schema(name = "DemandQuantity", description = "What one delivery site needs a year, in the line's unit.")
    public record Quantity(
            @NotNull @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3)
            @Schema(example = "1200.000") BigDecimal quantityPerYear) {
    }

    DemandLineInput toInput() {
        return new DemandLineInput(productLabel.strip(), cpvCode, family, category, unit, months, deliveriesPerWeek,
                estimatedUnitPriceExclTax.setScale(2), requiredLabel,
                quantities.stream().map(q -> new SiteQuantity(q.canteenId(), q.quantityPerYear().setScale(3))).toList());
    }
}
