package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.SubmittedCampaign;
import fr.mutualim.lotplanner.service.Access;
import fr.mutualim.lotplanner.service.CampaignBook;
import fr.mutualim.lotplanner.service.PlanBook;
import fr.mutualim.lotplanner.service.Planning;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/demand-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand campaigns", description = "Submitted demand campaigns, from buyer-service's events: what a plan splits")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"operator", "admin"})
public class CampaignResource {

    private final CampaignBook campaigns;
    private final Access access;
    private final Planning planning;
    private final PlanBook plans;

    public CampaignResource(CampaignBook campaigns, Access access, Planning planning, PlanBook plans) {
        this.campaigns = campaigns;
        this.access = access;
        this.planning = planning;
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List the submitted campaigns of the groups you operate",
            description = "Most recently submitted first, paginated. An admin sees every group's.")
    public PageResponse<CampaignSummaryResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var found = access.operatedGroups()
                .map(groups -> groups.isEmpty() ? PageResponse.<SubmittedCampaign>of(List.of(), 0, page, size)
                        : campaigns.list(groups, page, size))
                .orElseGet(() -> campaigns.listAll(page, size));
        return found.map(CampaignSummaryResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a submitted campaign, with its sites and lines")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "You do not operate the campaign's group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) known to the planner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignResponse get(@PathParam("id") UUID id) {
        SubmittedCampaign campaign = campaigns.get(id);
        access.requireGroup(campaign.groupId());
        return CampaignResponse.from(campaigns.content(campaign));
    }

    @POST
    @Path("/{id}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a lot plan for the campaign",
            description = "Splits the campaign into lots from the planner's read models as they are now: maximises "
                    + "the annual value held by lots with at least k eligible local short-chain suppliers, then "
                    + "prefers fewer lots, and compares with the baseline of one lot per homogeneous category. "
                    + "Every procedure follows from the value of the whole operation at the launch date. "
                    + "Locality is used to analyse only: no lot title or requirement names an origin or a place "
                    + "other than its delivery sites. The EGAlim projection (the shares if each lot went to its "
                    + "awarded supplier) is shown beside the current shares of the delivery sites, from their "
                    + "purchases over the 12 months before the launch date; both are computed when the plan is made "
                    + "and stored with it, like the rest of the plan: later purchases do not change a plan. "
                    + "The plan is stored and can then be exported or published.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlanRequest.class), examples = @ExampleObject(
            name = "four years from March 2027", value = """
                    {"launchDate": "2026-12-01", "contractStart": "2027-03-01", "durationMonths": 48,
                     "minLocalSuppliers": 2, "localRadiusKm": 100, "maxIntermediaries": 1, "maxLotsPerWinner": 3}""")))
    @APIResponse(responseCode = "201", description = "The plan, stored",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "403", description = "You do not operate the campaign's group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Campaign not (yet) known to the planner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid parameters, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@PathParam("id") UUID id, @Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        LotPlan plan = planning.propose(id, request.toParameters());
        return Response.created(uri.getBaseUriBuilder().path("plans").path(plan.id().toString()).build())
                .entity(PlanResponse.from(plan, plans.document(plan))).build();
    }

    @GET
    @Path("/{id}/plans")
    @Operation(summary = "List the campaign's plans", description = "Most recent first, paginated.")
    public PageResponse<PlanSummaryResponse> plans(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        access.requireGroup(campaigns.get(id).groupId());
        return plans.ofCampaign(id, page, size).map(PlanSummaryResponse::from);
    }
}
