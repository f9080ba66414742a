package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.Canteens;
import fr.mutualim.buyer.service.Purchases;
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
@Tag(name = "Canteens", description = "Canteens and their purchases")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class CanteenResource {

    private final Canteens canteens;
    private final Purchases purchases;

    public CanteenResource(Canteens canteens, Purchases purchases) {
        this.canteens = canteens;
        this.purchases = purchases;
    }

    @POST
    @Operation(summary = "Register a canteen", description = "Announced on canteens.events as canteen-registered.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CanteenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the failing fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered; existingCanteenId names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterCanteenRequest body, @Context UriInfo uri) {
        CanteenResponse created = CanteenResponse.from(canteens.register(body.toDetails()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
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

    @POST
    @Path("/{id}/purchases")
    @Operation(summary = "Record a purchase line",
            description = "Announced on purchases.events as purchase-recorded.v1, keyed by canteen.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid line, e.g. a date in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordPurchase(@PathParam("id") UUID id, @NotNull @Valid RecordPurchaseRequest body,
                                   @Context UriInfo uri) {
        PurchaseResponse created = PurchaseResponse.from(purchases.record(id, body.toLine()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}/purchases/{purchaseId}")
    @Operation(summary = "Read one purchase line of a canteen")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such purchase for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseResponse purchase(@PathParam("id") UUID id, @PathParam("purchaseId") UUID purchaseId) {
        return PurchaseResponse.from(purchases.get(id, purchaseId));
    }

    @GET
    @Path("/{id}/purchases")
    @Operation(summary = "List a canteen's purchases", description = "Sorted by date, paginated.")
    public PageResponse<PurchaseResponse> purchases(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return purchases.list(id, page, size).map(PurchaseResponse::from);
    }
}
