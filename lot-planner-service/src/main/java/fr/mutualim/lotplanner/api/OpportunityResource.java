package fr.mutualim.lotplanner.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.lotplanner.domain.KnownSupplier;
import fr.mutualim.lotplanner.service.Access;
import fr.mutualim.lotplanner.service.OpportunityBoard;
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

@Path("/suppliers/{supplierId}/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Published lots a producer can answer, so nobody has to read every tender")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"producer", "operator", "admin"})
public class OpportunityResource {

    private final OpportunityBoard board;
    private final SupplierCatalog suppliers;
    private final Access access;

    public OpportunityResource(OpportunityBoard board, SupplierCatalog suppliers, Access access) {
        this.board = board;
        this.suppliers = suppliers;
        this.access = access;
    }

    @GET
    @Operation(summary = "List the published lots a supplier can answer",
            description = "Lots of published plans the supplier is eligible for alone, or as a member of a joint "
                    + "bid. Most recent first, paginated. A producer token sees its own supplier's, and a cooperative "
                    + "its members'.")
    @APIResponse(responseCode = "403", description = "Another producer's opportunities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<OpportunityResponse> list(
            @PathParam("supplierId") UUID supplierId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        access.requireSupplier(supplierId, suppliers.findByIdOptional(supplierId).map(KnownSupplier::cooperativeId));
        return board.of(supplierId, page, size).map(OpportunityResponse::from);
    }
}
