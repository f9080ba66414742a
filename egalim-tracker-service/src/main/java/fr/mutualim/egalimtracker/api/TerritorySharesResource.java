package fr.mutualim.egalimtracker.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.egalimtracker.service.Figures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Territorial roll-ups. Operators and admins: like ma-cantine's public statistics by département and
 * région, a roll-up is an indicator for territorial food plans and names no canteen; buyers read only
 * their own canteens.
 */
@Path("/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shares", description = "EGAlim figures computed from purchase events")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"operator", "admin"})
public class TerritorySharesResource {

    private final Figures figures;

    public TerritorySharesResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Path("departments/{code}/shares")
    @Operation(summary = "A département's EGAlim figures for a year",
            description = "The sum of every known canteen of the département, checked against its territory's "
                    + "targets. Operators and admins.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TerritorySharesResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a département code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A buyer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TerritorySharesResponse department(
            @Parameter(description = "2 digits, 2A, 2B, or 97x/98x overseas", example = "62")
            @PathParam("code") @Pattern(regexp = "\\d{2}|2A|2B|9[78]\\d", message = "must be a département code")
            String code,
            @Parameter(description = "calendar year", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return TerritorySharesResponse.from("DEPARTMENT", code, figures.department(code, year));
    }

    @GET
    @Path("regions/{code}/shares")
    @Operation(summary = "A région's EGAlim figures for a year",
            description = "The sum of every known canteen of the région's départements (INSEE région codes, e.g. 32 "
                    + "Hauts-de-France, 01 Guadeloupe). Operators and admins.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TerritorySharesResponse.class)))
    @APIResponse(responseCode = "403", description = "A buyer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No région has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TerritorySharesResponse region(
            @Parameter(description = "INSEE région code", example = "32") @PathParam("code") String code,
            @Parameter(description = "calendar year", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return TerritorySharesResponse.from("REGION", code, figures.region(code, year));
    }
}
