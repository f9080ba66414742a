package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.ImportMode;
import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import fr.mutualim.buyer.service.DemandCampaigns;
import fr.mutualim.buyer.service.DemandLineImports;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/purchasing-groups/{groupId}/demand-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demand campaigns", description = "A purchasing group's needs for one tender")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class DemandCampaignResource {

    private final DemandCampaigns campaigns;
    private final DemandLineImports lineImports;

    public DemandCampaignResource(DemandCampaigns campaigns, DemandLineImports lineImports) {
        this.campaigns = campaigns;
        this.lineImports = lineImports;
    }

    @POST
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Create a demand campaign", description = "Version 1, DRAFT, without lines. Only an operator "
            + "whose group_ids holds the group, or an admin.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the failing fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing was created",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("groupId") UUID groupId, @NotNull @Valid DemandCampaignRequest body,
                           @Context UriInfo uri) {
        DemandCampaign created = campaigns.create(groupId, body.name().strip(), body.strippedDescription());
        return Response.created(uri.getAbsolutePathBuilder().path(created.campaignId().toString()).build())
                .entity(DemandCampaignResponse.from(created)).build();
    }

    @GET
    @Operation(summary = "List the group's campaigns", description = "The current version of each, oldest campaign "
            + "first; paginated. Readable by the group's operators, the buyers of its members, and admins.")
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<DemandCampaignResponse> list(
            @PathParam("groupId") UUID groupId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return campaigns.list(groupId, page, size).map(DemandCampaignResponse::from);
    }

    @GET
    @Path("/{campaignId}")
    @Operation(summary = "Read a campaign's current version, with its lines")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandCampaignResponse get(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId) {
        return DemandCampaignResponse.from(campaigns.get(groupId, campaignId));
    }

    @GET
    @Path("/{campaignId}/versions/{version}")
    @Operation(summary = "Read one version of a campaign", description = "Submitted versions stay as they were.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandCampaignResponse version(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId,
                                          @PathParam("version") @Min(1) int version) {
        return DemandCampaignResponse.from(campaigns.version(groupId, campaignId, version));
    }

    @GET
    @Path("/{campaignId}/summary")
    @Operation(summary = "The current version added up across delivery sites",
            description = "Per line: total quantity a year, number of sites, estimated annual value (€ HT); per "
                    + "homogeneous category and for the whole campaign: number of lines and estimated annual value.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignSummaryResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignSummaryResponse summary(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId) {
        return CampaignSummaryResponse.from(campaigns.get(groupId, campaignId));
    }

    @POST
    @Path("/{campaignId}/lines")
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Add a line to a draft", description = "Numbered after the last one. Its category, if left "
            + "out, follows from the CPV code through the group's nomenclature.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.Line.class)))
    @APIResponse(responseCode = "400", description = "Invalid line, e.g. category (no category for this CPV code, or "
            + "not one of the nomenclature), or quantities[0].canteenId not a member of the group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current version is submitted: POST its revision first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addLine(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId,
                            @NotNull @Valid DemandLineRequest body, @Context UriInfo uri) {
        DemandCampaignResponse.Line line = DemandCampaignResponse.Line.from(
                campaigns.addLine(groupId, campaignId, body.toInput()));
        return Response.created(uri.getAbsolutePathBuilder().path(line.lineId().toString()).build()).entity(line).build();
    }

    @PUT
    @Path("/{campaignId}/lines/{lineId}")
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Replace a line of a draft", description = "Keeps its id and number.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.Line.class)))
    @APIResponse(responseCode = "400", description = "Invalid line; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or no such line in its current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current version is submitted: POST its revision first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandCampaignResponse.Line replaceLine(@PathParam("groupId") UUID groupId,
                                                   @PathParam("campaignId") UUID campaignId,
                                                   @PathParam("lineId") UUID lineId,
                                                   @NotNull @Valid DemandLineRequest body) {
        return DemandCampaignResponse.Line.from(campaigns.replaceLine(groupId, campaignId, lineId, body.toInput()));
    }

    @DELETE
    @Path("/{campaignId}/lines/{lineId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Delete a line of a draft", description = "The lines after it move up one number.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or no such line in its current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current version is submitted: POST its revision first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeLine(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId,
                               @PathParam("lineId") UUID lineId) {
        campaigns.removeLine(groupId, campaignId, lineId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{campaignId}/line-imports")
    @Consumes({PurchaseImportResource.CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Import demand lines into a draft from a CSV file",
            description = "The raw file is the body (docs/csv-formats.md, demand line files): UTF-8 with or without "
                    + "BOM, comma, semicolon or tab separated, one row per product and delivery site; rows of the same "
                    + "product (label, CPV code, unit) make one line, added after the existing ones. Strict mode "
                    + "(default): one bad row refuses the file with a 400 listing every error by line and column, and "
                    + "nothing changes. Lenient mode: the good lines are added, the bad rows listed.")
    @RequestBody(content = @Content(mediaType = PurchaseImportResource.CSV, schema = @Schema(type = SchemaType.STRING,
            example = "produit;code_cpv;famille_produits;categorie;unite;siret;quantite_annuelle;mois;"
                    + "livraisons_par_semaine;prix_unitaire_ht;label_exige\n"
                    + "Pommes de table;03222321-9;FRUITS_ET_LEGUMES;;KG;21620041000019;1200;\"1-3;9-12\";2;1.40;BIO")))
    @APIResponse(responseCode = "200", description = "Imported (in lenient mode, the bad rows are listed)",
            content = @Content(schema = @Schema(implementation = DemandLineImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty body, not UTF-8, wrong header, a quote left open, a bad "
            + "mode, or (strict mode) bad rows; errors give line and column. Nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current version is submitted: POST its revision first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandLineImportResponse importLines(
            @PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "strict: all rows or none (default); lenient: the good lines")
            @QueryParam("mode") @DefaultValue("strict")
            @Pattern(regexp = "(?i)strict|lenient", message = "must be strict or lenient") String mode,
            InputStream body) {
        return DemandLineImportResponse.from(lineImports.importLines(groupId, campaignId, body,
                ImportMode.valueOf(mode.toUpperCase(Locale.ROOT))));
    }

    @POST
    @Path("/{campaignId}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Submit the current version", description = "Freezes it and announces it on campaigns.events "
            + "as demand-campaign-submitted.v1, with its lines and a snapshot of its delivery sites. Needs no body.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already submitted, or not ready: no line, a line without "
            + "quantity, or a site that has left the group (errors name them); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandCampaignResponse submit(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId) {
        return DemandCampaignResponse.from(campaigns.submit(groupId, campaignId));
    }

    @POST
    @Path("/{campaignId}/revision")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Start the next version of a submitted campaign",
            description = "A DRAFT with version + 1 and the submitted version's lines (same line ids), to edit and "
                    + "submit again. The submitted version stays readable under versions/{n}. Needs no body.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DemandCampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The current version is still a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("groupId") UUID groupId, @PathParam("campaignId") UUID campaignId,
                           @Context UriInfo uri) {
        DemandCampaign next = campaigns.revise(groupId, campaignId);
        return Response.created(uri.getBaseUriBuilder().path("purchasing-groups").path(groupId.toString())
                        .path("demand-campaigns").path(campaignId.toString()).build())
                .entity(DemandCampaignResponse.from(next)).build();
    }
}
