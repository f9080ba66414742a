package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.AwardScenario;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import fr.mutualim.lotplanner.domain.planning.PlanSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lot plan for a submitted campaign: its lots, its summary beside the baseline "
        + "(one lot per homogeneous category), and warnings.")
public record PlanResponse(
        UUID id,
        UUID campaignId,
        @Schema(description = "The campaign version planned", example = "1") int campaignVersion,
        UUID groupId,
        @Schema(example = "PROPOSED", enumeration = {"PROPOSED", "PUBLISHED", "SUPERSEDED"}) String status,
        @Schema(description = "Who asked for the plan (token subject)", example = "operator@mutualim.local")
        String createdBy,
        Instant createdAt,
        Instant publishedAt,
        @Schema(description = "The parameters used, defaults applied") PlanParameters parameters,
        PlanSummary summary,
        List<String> warnings,
        @Schema(description = "A feasible award: each lot to one eligible supplier, within every supplier's capacity "
                + "across all the lots it would win and within the cap on lots per winner")
        AwardScenario award,
        @Schema(description = "The bio and durable-and-quality shares the group would reach if each lot went to its "
                + "awarded supplier, with the labels valid at the contract start, beside the current shares")
        EgalimResponse egalim,
        List<LotResponse> lots) {

    static PlanResponse from(LotPlan plan, PlanDocument document) {
        return new PlanResponse(plan.id(), plan.campaignId(), plan.campaignVersion(), plan.groupId(),
                plan.status().name(), plan.createdBy(), plan.createdAt(), plan.publishedAt(), document.parameters(),
                document.plan().summary(), document.plan().warnings(), document.plan().award(),
                EgalimResponse.from(document.plan().egalim()), document.plan().lots().stream().map(lot -> LotResponse.from(lot, document)).toList());
    }
}
