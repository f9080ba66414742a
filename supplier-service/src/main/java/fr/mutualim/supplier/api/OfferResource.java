package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.supplier.service.Offers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/suppliers/{id}/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "What suppliers offer; labels are derived from their certificates")
@SecurityRequirement(name = "SecurityScheme")
public class OfferResource {

    private final Offers offers;
    private final CurrentCaller caller;

    public OfferResource(Offers offers, CurrentCaller caller) {
        this.offers = offers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Publish an offer", description = "Announced as offer-published.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid offer, with the failing fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another producer's supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") UUID supplierId, @NotNull @Valid OfferRequest body, @Context UriInfo uri) {
        var offer = offers.publish(supplierId, body.toDetails(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(offer.id().toString()).build())
                .entity(OfferResponse.from(offers.labelled(supplierId, offer.id(), Dates.today())))
                .build();
    }

    @GET
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "List a supplier's offers", description = "Active ones unless includeWithdrawn, each with "
            + "the labels it carries on the date 'at' (today by default).")
    public List<OfferResponse> list(@PathParam("id") UUID supplierId,
                                    @Parameter(example = "2026-09-01") @QueryParam("at") LocalDate at,
                                    @QueryParam("includeWithdrawn") @DefaultValue("false") boolean includeWithdrawn) {
        return offers.of(supplierId, includeWithdrawn, at == null ? Dates.today() : at).stream()
                .map(OfferResponse::from).toList();
    }

    @GET
    @Path("/{offerId}")
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "Read an offer, with its labels on the date 'at'")
    @APIResponse(responseCode = "404", description = "No such offer for this supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferResponse get(@PathParam("id") UUID supplierId, @PathParam("offerId") UUID offerId,
                             @Parameter(example = "2026-09-01") @QueryParam("at") LocalDate at) {
        return OfferResponse.from(offers.labelled(supplierId, offerId, at == null ? Dates.today() : at));
    }

    @PUT
    @Path("/{offerId}")
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Replace an active offer", description = "Announced as offer-updated.v1.")
    @APIResponse(responseCode = "409", description = "The offer was withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferResponse update(@PathParam("id") UUID supplierId, @PathParam("offerId") UUID offerId,
                                @NotNull @Valid OfferRequest body) {
        offers.update(supplierId, offerId, body.toDetails(), caller.get());
        return OfferResponse.from(offers.labelled(supplierId, offerId, Dates.today()));
    }

    @DELETE
    @Path("/{offerId}")
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Withdraw an offer", description = "The offer is kept, withdrawn, for history. "
            + "Announced as offer-withdrawn.v1.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferResponse withdraw(@PathParam("id") UUID supplierId, @PathParam("offerId") UUID offerId) {
        offers.withdraw(supplierId, offerId, caller.get());
        return OfferResponse.from(offers.labelled(supplierId, offerId, Dates.today()));
    }
}
