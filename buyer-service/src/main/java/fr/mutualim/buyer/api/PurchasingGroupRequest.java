package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchasingGroupDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole state of a purchasing group (groupement de commandes), as its coordinator declares it.")
public record PurchasingGroupRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Groupement restauration scolaire Artois 2026-2027") String name,
        @NotBlank @Size(max = 200) @Schema(description = "The coordinating body", example = "Département du Pas-de-Calais")
        String coordinator,
        @NotNull @Schema(description = "First day of the period the group tenders for", example = "2026-09-01")
        LocalDate startDate,
        @NotNull @Schema(description = "Last day of the period, not before startDate", example = "2027-08-31")
        LocalDate endDate,
        @NotNull @Size(max = 10_000)
        @Schema(description = "Ids of registered canteens, each at most once. A canteen may be in several groups.",
                example = "[\"5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21\"]")
        List<@NotNull UUID> memberCanteenIds) {

    PurchasingGroupDetails toDetails() {
        return new PurchasingGroupDetails(name.strip(), coordinator.strip(), startDate, endDate, memberCanteenIds);
    }
}
