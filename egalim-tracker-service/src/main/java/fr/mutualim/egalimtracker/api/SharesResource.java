package fr.mutualim.egalimtracker.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.egalimtracker.service.Ledger;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/canteens/{canteenId}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shares", description = "EGAlim shares computed from purchase events")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class SharesResource {

    private final Ledger ledger;

    public SharesResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Operation(summary = "A canteen's EGAlim shares for a year",
            description = "Counts every purchase recorded in buyer-service and received so far.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SharesResponse.class)))
    @APIResponse(responseCode = "404", description = "No event about this canteen has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SharesResponse shares(
            @PathParam("canteenId") UUID canteenId,
            @Parameter(description = "calendar year of the purchase dates", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return SharesResponse.from(ledger.shares(canteenId, year));
    }
}
