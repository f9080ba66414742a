package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.lotplanner.domain.SubmittedCampaign;
import fr.mutualim.lotplanner.service.Access;
import fr.mutualim.lotplanner.service.CampaignBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    public CampaignResource(CampaignBook campaigns, Access access) {
        this.campaigns = campaigns;
        this.access = access;
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
}
