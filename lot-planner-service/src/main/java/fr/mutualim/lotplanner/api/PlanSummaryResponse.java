package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.LotPlan;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan in a list, without its lots.")
public record PlanSummaryResponse(UUID id, UUID campaignId, @Schema(example = "1") int campaignVersion,
                                  @Schema(example = "PUBLISHED") String status, @Schema(example = "36") int lotCount,
                                  String createdBy, Instant createdAt, Instant publishedAt) {

    static PlanSummaryResponse from(LotPlan plan) {
        return new PlanSummaryResponse(plan.id(), plan.campaignId(), plan.campaignVersion(), plan.status().name(),
                plan.lotCount(), plan.createdBy(), plan.createdAt(), plan.publishedAt());
    }
}
