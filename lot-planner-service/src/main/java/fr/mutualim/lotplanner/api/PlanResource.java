package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.service.Access;
import fr.mutualim.lotplanner.service.PlanBook;
import fr.mutualim.lotplanner.service.Planning;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lot plans", description = "Proposed and published allotissements, their exports and publication")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"operator", "admin"})
@APIResponse(responseCode = "403", description = "You do not operate the plan's purchasing group",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such plan",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanResource {

    private final PlanBook plans;
    private final Planning planning;
    private final Access access;

    public PlanResource(PlanBook plans, Planning planning, Access access) {
        this.plans = plans;
        this.planning = planning;
        this.access = access;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan: summary beside the baseline, lots, eligible suppliers and exclusions",
            description = "Also the EGAlim projection beside the delivery sites' current shares, both as they were "
                    + "when the plan was made.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse get(@PathParam("id") UUID id) {
        LotPlan plan = readable(id);
        return PlanResponse.from(plan, plans.document(plan));
    }

    @GET
    @Path("/{id}/lots/{lotId}")
    @Operation(summary = "Read one lot with every (demand line, delivery site) item it holds")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LotDetailResponse.class)))
    public LotDetailResponse lot(@PathParam("id") UUID id, @PathParam("lotId") String lotId) {
        PlanDocument document = plans.document(readable(id));
        return document.plan().lots().stream().filter(lot -> lot.id().equals(lotId)).findFirst()
                .map(lot -> LotDetailResponse.from(lot, document))
                .orElseThrow(() -> ProblemException.notFound("Lot", lotId));
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish a proposed plan",
            description = "Its lots become opportunities for the eligible suppliers, the campaign's previously "
                    + "published plan is superseded, and lot-plan-published.v1 is announced on plans.events.")
    @APIResponse(responseCode = "200", description = "The plan, now PUBLISHED",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is not PROPOSED (already published or superseded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanResponse publish(@PathParam("id") UUID id) {
        LotPlan plan = planning.publish(id);
        return PlanResponse.from(plan, plans.document(plan));
    }

    @GET
    @Path("/{id}/ocds")
    @Operation(summary = "Export the plan as an OCDS release package (lots extension)",
            description = "OCDS 1.1 with the lots extension: tender.lots with values and contract periods, "
                    + "tender.items with their CPV classification and relatedLot, tender.lotDetails when a cap on "
                    + "lots per winner was set.")
    @APIResponse(responseCode = "200", description = "An OCDS release package")
    public Map<String, Object> ocds(@PathParam("id") UUID id, @Context UriInfo uri) {
        LotPlan plan = readable(id);
        return OcdsReleasePackage.of(plan, plans.document(plan), uri.getRequestUri());
    }

    @GET
    @Path("/{id}/lots.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the plan as CSV for spreadsheets",
            description = "One row per (lot, demand line), semicolon-separated, UTF-8 with a byte order mark. "
                    + "Columns: " + PlanCsv.HEADER)
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", example = PlanCsv.HEADER))
    public Response csv(@PathParam("id") UUID id) {
        LotPlan plan = readable(id);
        return Response.ok(PlanCsv.of(plans.document(plan)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".csv\"").build();
    }

    private LotPlan readable(UUID id) {
        LotPlan plan = plans.get(id);
        access.requireGroup(plan.groupId());
        return plan;
    }
}
