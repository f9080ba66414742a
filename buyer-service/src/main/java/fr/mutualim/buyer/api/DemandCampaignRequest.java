package fr.mutualim.buyer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new demand campaign: a purchasing group's needs for one tender.")
public record DemandCampaignRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Denrées alimentaires 2027-2030") String name,
        @Size(max = 2000) @Schema(example = "Restauration scolaire des collèges du groupement") String description) {

    String strippedDescription() {
        return description == null || description.isBlank() ? null : description.strip();
    }
}
