package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.Canteens;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/canteens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Canteens", description = "Canteens registered by their purchasing officers")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class CanteenResource {

    private final Canteens canteens;

    public CanteenResource(Canteens canteens) {
        this.canteens = canteens;
    }

    @POST
    @Operation(summary = "Register a canteen", description = "Announced on canteens.events as canteen-registered.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CanteenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the failing fields, e.g. a "
            + "centralKitchenId that is not a CUISINE_CENTRALE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The centralKitchenId names a canteen the token may not change "
            + "(a buyer of that kitchen, or an admin, may); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered (existingCanteenId names it), or the "
            + "centralKitchenId names a kitchen that is itself a satellite; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid CanteenRequest body, @Context UriInfo uri) {
        CanteenResponse created = CanteenResponse.from(canteens.register(body.toDetails()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a canteen's profile",
            description = "By a buyer whose canteen_ids holds the canteen, or an admin. The SIRET never changes and "
                    + "must be repeated. Each change increments the version and is announced on canteens.events as "
                    + "canteen-updated.v1; a replacement that changes nothing keeps the version and announces nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CanteenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. another siret, or a centralKitchenId that "
            + "is the canteen itself or not a CUISINE_CENTRALE; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token may not change this canteen, or a newly named "
            + "centralKitchenId (a buyer of that kitchen, or an admin, may name it); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A newly named centralKitchenId is itself a satellite, or this canteen is the central "
            + "kitchen of satellites (kitchens are not chained); "
            + "nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CanteenResponse replace(@PathParam("id") UUID id, @NotNull @Valid CanteenRequest body) {
        return CanteenResponse.from(canteens.replace(id, body.toDetails()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a canteen")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CanteenResponse.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CanteenResponse get(@PathParam("id") UUID id) {
        return CanteenResponse.from(canteens.get(id));
    }

    @GET
    @Operation(summary = "List canteens", description = "Sorted by name, paginated.")
    public PageResponse<CanteenResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return canteens.list(page, size).map(CanteenResponse::from);
    }
}
