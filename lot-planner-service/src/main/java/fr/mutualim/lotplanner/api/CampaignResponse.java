package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.messaging.DemandCampaignV1;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A submitted demand campaign, whole, as buyer-service announced it "
        + "(see demand-campaign-submitted.v1 in docs/events.md).")
public record CampaignResponse(
        @Schema(example = "7c1e9a52-0b7e-4d51-9d3e-3f2a1b0c9d8e") UUID id,
        @Schema(example = "1") int version,
        @Schema(example = "2f0b6c1e-8a4d-4e5f-9b7c-1d2e3f4a5b6c") UUID groupId,
        @Schema(example = "Denrées alimentaires 2027-2030") String name,
        String description,
        Instant submittedAt,
        List<DemandCampaignV1.Site> sites,
        List<DemandCampaignV1.Line> lines) {

    static CampaignResponse from(DemandCampaignV1 c) {
        return new CampaignResponse(c.campaignId(), c.version(), c.groupId(), c.name(), c.description(),
                c.submittedAt(), c.sites(), c.lines());
    }
}
