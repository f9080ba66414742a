package fr.mutualim.egalimtracker.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.egalimtracker.service.Figures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/purchasing-groups/{groupId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shares", description = "EGAlim figures computed from purchase events")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class GroupSharesResource {

    private final Figures figures;

    public GroupSharesResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Path("shares")
    @Operation(summary = "A purchasing group's EGAlim figures for a year",
            description = "The sum of its member canteens' purchases (members as last announced on groups.events). "
                    + "Targets are checked when every member is in one territory. Operators whose group_ids name "
                    + "the group, and admins; a buyer gets 403 (the sum includes other buyers' canteens).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupSharesResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this group has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupSharesResponse shares(
            @PathParam("groupId") UUID groupId,
            @Parameter(description = "calendar year", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return GroupSharesResponse.from(groupId, figures.group(groupId, year));
    }

    @GET
    @Path("declaration")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The yearly declarations of every member canteen, ma-cantine 'bilan simple' CSV",
            description = "A header and one row per member canteen known to this service, sorted by SIRET, in the "
                    + "columns of ma-cantine's bilans_simple_siret import schema.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(
            name = "two canteens", value = "siret,année_bilan,valeur_totale,...\r\n21620041000019,2026,182340.55,...\r\n"
                    + "21620041000027,2026,95210.00,...")))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this group has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String declaration(
            @PathParam("groupId") UUID groupId,
            @Parameter(description = "the year declared", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return Csv.of(figures.groupDeclaration(groupId, year));
    }
}
