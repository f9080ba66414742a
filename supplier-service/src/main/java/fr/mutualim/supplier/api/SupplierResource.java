package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.supplier.domain.AccessPolicy;
import fr.mutualim.supplier.service.SupplierDirectory;
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

@Path("/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers", description = "The directory of producers, cooperatives, artisans and processors")
@SecurityRequirement(name = "SecurityScheme")
public class SupplierResource {

    private final SupplierDirectory directory;
    private final CurrentCaller caller;

    public SupplierResource(SupplierDirectory directory, CurrentCaller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"producer", "operator", "admin"})
    @Operation(summary = "Register a supplier",
            description = "Announced on suppliers.events as supplier-registered.v1. A SIRET registers once. "
                    + "The contact is shown to buyers, operators and the supplier's own managers only.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the failing fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered; existingSupplierId names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterSupplierRequest body, @Context UriInfo uri) {
        SupplierResponse created = SupplierResponse.from(directory.register(body.toDetails()), true);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    private SupplierResponse view(fr.mutualim.supplier.domain.Supplier supplier) {
        return SupplierResponse.from(supplier,
                AccessPolicy.canSeeContact(caller.get(), supplier.id(), supplier.cooperativeId()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "Read a supplier")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "404", description = "No such supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierResponse get(@PathParam("id") UUID id) {
        return view(directory.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Replace a supplier's profile",
            description = "The supplier itself, its cooperative's manager or an admin. Same body as registration; "
                    + "the SIRET cannot change. Announced as supplier-updated.v1.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or a different SIRET",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another producer's supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierResponse update(@PathParam("id") UUID id, @NotNull @Valid RegisterSupplierRequest body) {
        return SupplierResponse.from(directory.update(id, body.toDetails(), caller.get()), true);
    }

    @GET
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "List suppliers", description = "Sorted by legal name, paginated.")
    public PageResponse<SupplierResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return directory.list(page, size).map(this::view);
    }
}
