package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.SubmittedCampaign;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A submitted demand campaign the planner knows, without its lines.")
public record CampaignSummaryResponse(
        @Schema(example = "7c1e9a52-0b7e-4d51-9d3e-3f2a1b0c9d8e") UUID id,
        @Schema(description = "The submitted version the planner holds (a revision replaces it)", example = "1")
        int version,
        @Schema(example = "2f0b6c1e-8a4d-4e5f-9b7c-1d2e3f4a5b6c") UUID groupId,
        @Schema(example = "Denrées alimentaires 2027-2030") String name,
        Instant submittedAt,
        @Schema(example = "42") int lineCount,
        @Schema(example = "10") int siteCount) {

    static CampaignSummaryResponse from(SubmittedCampaign c) {
        return new CampaignSummaryResponse(c.id(), c.version(), c.groupId(), c.name(), c.submittedAt(), c.lineCount(),
                c.siteCount());
    }
}
