package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.lotplanner.service.SupplierCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Known suppliers", description = "The planner's read model of supplier-service's directory")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"operator", "admin"})
public class KnownSupplierResource {

    private final SupplierCatalog catalog;

    public KnownSupplierResource(SupplierCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a supplier as the planner knows it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KnownSupplierResponse.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) known to the planner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KnownSupplierResponse get(@PathParam("id") UUID id) {
        return KnownSupplierResponse.from(catalog.get(id));
    }

    @GET
    @Operation(summary = "List the suppliers the planner knows", description = "Sorted by legal name, paginated.")
    public PageResponse<KnownSupplierResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return catalog.list(page, size).map(KnownSupplierResponse::from);
    }
}
