package fr.mutualim.egalimtracker.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.egalimtracker.service.Figures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/canteens/{canteenId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shares", description = "EGAlim figures computed from purchase events")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class SharesResource {

    private final Figures figures;

    public SharesResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Path("shares")
    @Operation(summary = "A canteen's EGAlim figures and targets for a year",
            description = "Counts every purchase recorded in buyer-service and received so far. A buyer reads the "
                    + "canteens of its canteen_ids, an operator the member canteens of its groups, an admin any.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SharesResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this canteen has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SharesResponse shares(
            @PathParam("canteenId") UUID canteenId,
            @Parameter(description = "calendar year of the purchase dates", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return SharesResponse.from(canteenId, figures.canteen(canteenId, year));
    }

    @GET
    @Path("shares/months")
    @Operation(summary = "A canteen's figures month by month",
            description = "Each month alone and the year to the end of that month, from January to the current "
                    + "month (Europe/Paris); all twelve months for a past year, none for a future one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MonthlySharesResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this canteen has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonthlySharesResponse months(
            @PathParam("canteenId") UUID canteenId,
            @Parameter(description = "calendar year", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return MonthlySharesResponse.from(canteenId, year, figures.months(canteenId, year));
    }

    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulate purchases or relabellings",
            description = "The canteen's figures and targets for the year as recorded and as they would be with "
                    + "the hypothetical purchases added and the named purchases relabelled. Nothing is stored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WhatIfRequest.class), examples = @ExampleObject(
            name = "move two purchases to Label Rouge and add one",
            value = "{\"year\": 2026, \"relabel\": [{\"purchaseId\": \"9a1e5f33-6a0b-4f7e-a2c1-0c3d2b1a9e88\", "
                    + "\"labels\": [\"LABEL_ROUGE\"]}], \"add\": [{\"date\": \"2026-10-05\", \"family\": "
                    + "\"VIANDES_VOLAILLES\", \"labels\": [\"BIO\"], \"amountExclTax\": 2500.00}]}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (its JSON path is named), a date is not in "
            + "the year, or a relabelled purchase is not one of the canteen's for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this canteen has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WhatIfResponse whatIf(@PathParam("canteenId") UUID canteenId, @NotNull @Valid WhatIfRequest request) {
        if (request.add() != null) {
            for (int i = 0; i < request.add().size(); i++) {
                if (request.add().get(i).date().getYear() != request.year()) {
                    throw ProblemException.invalid("add[" + i + "].date", "must be in " + request.year());
                }
            }
        }
        Figures.WhatIf result = figures.whatIf(canteenId, request.year(), request.added(), request.relabels());
        return new WhatIfResponse(SharesResponse.from(canteenId, result.before()),
                SharesResponse.from(canteenId, result.after()));
    }

    @GET
    @Path("declaration")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The canteen's yearly declaration, ma-cantine 'bilan simple' CSV",
            description = "A header and one row, in the columns of ma-cantine's bilans_simple_siret import schema "
                    + "(siret, année_bilan, valeur_totale, valeur_bio, ...), comma-separated, amounts € HT with a "
                    + "decimal point. The siret cell is empty while the canteen's own event has not arrived.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(
            name = "one canteen", value = "siret,année_bilan,valeur_totale,valeur_bio,...\r\n"
                    + "21620041000019,2026,182340.55,38290.10,...")))
    @APIResponse(responseCode = "403", description = "The token does not reach this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event about this canteen has been received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String declaration(
            @PathParam("canteenId") UUID canteenId,
            @Parameter(description = "the year declared", example = "2026")
            @QueryParam("year") @NotNull @Min(2019) @Max(2100) Integer year) {
        return Csv.of(figures.canteenDeclaration(canteenId, year));
    }
}
