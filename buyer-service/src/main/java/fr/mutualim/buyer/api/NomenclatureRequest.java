package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.campaign.CpvCode;
import fr.mutualim.buyer.domain.campaign.HomogeneousCategory;
import fr.mutualim.buyer.domain.campaign.NomenclatureEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A purchasing group's own nomenclature of homogeneous categories, replacing the default one "
        + "entirely. A CPV code takes the category of its longest matching prefix.")
public record NomenclatureRequest(
        @NotNull @Size(max = 2000) List<@NotNull @Valid Entry> entries) {

    @Schema(name = "NomenclatureEntry", description = "The CPV codes starting with cpvPrefix are of this category.")
    public record Entry(
            @NotNull @Pattern(regexp = CpvCode.PREFIX_FORMAT, message = "must be 2 to 8 digits of a CPV code")
            @Schema(example = "0322") String cpvPrefix,
            @NotNull @Pattern(regexp = HomogeneousCategory.CODE_FORMAT,
                    message = "must be an upper-case code like FRUITS_LEGUMES_FRAIS")
            @Schema(example = "FRUITS_LEGUMES_FRAIS") String categoryCode,
            @NotBlank @Size(max = 100) @Schema(example = "Fruits et légumes frais") String categoryLabel) {
    }

    List<NomenclatureEntry> toEntries() {
        return entries.stream().map(e -> new NomenclatureEntry(e.cpvPrefix(), e.categoryCode(), e.categoryLabel().strip()))
                .toList();
    }
}
