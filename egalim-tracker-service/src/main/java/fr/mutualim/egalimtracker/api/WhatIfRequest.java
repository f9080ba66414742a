package fr.mutualim.egalimtracker.api;

import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.service.Figures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hypothetical changes to a canteen's purchases of a year: purchases to add, and recorded "
        + "purchases whose labels to replace. Nothing is stored.")
public record WhatIfRequest(
        @NotNull @Min(2019) @Max(2100) @Schema(example = "2026") Integer year,
        @Size(max = 1000) @Schema(description = "purchases that would be added; their dates must be in the year")
        List<@NotNull @Valid Hypothetical> add,
        @Size(max = 1000) @Schema(description = "recorded purchases of the year whose labels would be replaced, e.g. "
                + "'move these purchases to Label Rouge'")
        List<@NotNull @Valid Relabel> relabel) {

    @Schema(description = "A purchase that would be added.")
    public record Hypothetical(
            @NotNull @Schema(example = "2026-10-05") LocalDate date,
            @NotNull @Schema(example = "VIANDES_VOLAILLES") Family family,
            @Size(max = 16) @Schema(example = "[\"LABEL_ROUGE\", \"FRANCE\"]") Set<@NotNull LabelCode> labels,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(example = "2500.00")
            BigDecimal amountExclTax,
            @Schema(example = "false", description = "bought locally; default false") Boolean local,
            @Pattern(regexp = "PAT|COMMUNE|DEPARTEMENT|REGION|KM|AUTOUR_SERVICE|AUTRE")
            @Schema(example = "DEPARTEMENT") String localDefinition) {

        PurchaseAmount toAmount() {
            return new PurchaseAmount(date, family, codes(labels), amountExclTax, Boolean.TRUE.equals(local),
                    localDefinition);
        }
    }

    @Schema(description = "New labels for a recorded purchase.")
    public record Relabel(
            @NotNull @Schema(example = "9a1e5f33-6a0b-4f7e-a2c1-0c3d2b1a9e88") UUID purchaseId,
            @NotNull @Size(max = 16) @Schema(example = "[\"LABEL_ROUGE\"]") Set<@NotNull LabelCode> labels) {
    }

    List<PurchaseAmount> added() {
        return add == null ? List.of() : add.stream().map(Hypothetical::toAmount).toList();
    }

    List<Figures.Relabel> relabels() {
        return relabel == null ? List.of()
                : relabel.stream().map(r -> new Figures.Relabel(r.purchaseId(), codes(r.labels()))).toList();
    }

    private static Set<String> codes(Set<LabelCode> labels) {
        return labels == null ? Set.of() : labels.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
