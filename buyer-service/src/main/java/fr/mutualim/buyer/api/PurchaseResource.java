package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.Purchases;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/canteens/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purchases", description = "Purchase lines of a canteen, one by one or in batches")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class PurchaseResource {

    private final Purchases purchases;

    public PurchaseResource(Purchases purchases) {
        this.purchases = purchases;
    }

    @POST
    @Path("/purchases")
    @Operation(summary = "Record a purchase line",
            description = "Announced on purchases.events as purchase-recorded.v1, keyed by canteen.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid line, e.g. a date in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @NotNull @Valid PurchaseLineRequest body, @Context UriInfo uri) {
        PurchaseResponse created = PurchaseResponse.from(purchases.record(id, body.toLine()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("/purchase-batches")
    @Operation(summary = "Record up to 1000 purchase lines at once",
            description = "All lines or none. Each bad line is reported by its index (lines[3].amountExclTax). "
                    + "Each line is announced as purchase-recorded.v1. A batch is not kept as a resource.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PurchaseBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "At least one invalid line; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordBatch(@PathParam("id") UUID id, @NotNull @Valid PurchaseBatchRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(PurchaseBatchResponse.from(purchases.recordAll(id, body.toLines()))).build();
    }

    @GET
    @Path("/purchases/{purchaseId}")
    @Operation(summary = "Read one purchase line of a canteen")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such purchase for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseResponse get(@PathParam("id") UUID id, @PathParam("purchaseId") UUID purchaseId) {
        return PurchaseResponse.from(purchases.get(id, purchaseId));
    }

    @PUT
    @Path("/purchases/{purchaseId}")
    @Operation(summary = "Correct a purchase line",
            description = "Replaces the whole line and increments its version. Announced as purchase-corrected.v1 "
                    + "with the full new state.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid line; the purchase is unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchase for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseResponse correct(@PathParam("id") UUID id, @PathParam("purchaseId") UUID purchaseId,
                                    @NotNull @Valid PurchaseLineRequest body) {
        return PurchaseResponse.from(purchases.correct(id, purchaseId, body.toLine()));
    }

    @DELETE
    @Path("/purchases/{purchaseId}")
    @Operation(summary = "Delete a purchase line", description = "Announced as purchase-deleted.v1.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such purchase for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id, @PathParam("purchaseId") UUID purchaseId) {
        purchases.delete(id, purchaseId);
    }

    @GET
    @Path("/purchases")
    @Operation(summary = "List a canteen's purchases", description = "Sorted by date, paginated.")
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<PurchaseResponse> list(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return purchases.list(id, page, size).map(PurchaseResponse::from);
    }
}
