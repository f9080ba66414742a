package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.supplier.service.Certifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/suppliers/{id}/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications", description = "Certificates give offers their labels, inside their validity")
@SecurityRequirement(name = "SecurityScheme")
public class CertificationResource {

    private final Certifications certifications;
    private final CurrentCaller caller;

    public CertificationResource(Certifications certifications, CurrentCaller caller) {
        this.certifications = certifications;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Add a certificate", description = "Announced as certification-added.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CertificationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid certificate (e.g. ends before it starts, empty scope)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another producer's supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("id") UUID supplierId, @NotNull @Valid CertificationRequest body, @Context UriInfo uri) {
        var added = certifications.add(supplierId, body.toDetails(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(CertificationResponse.from(added, Dates.today())).build();
    }

    @GET
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "List a supplier's certificates", description = "All of them, revoked and lapsed included, "
            + "each saying whether it counts on the date 'at' (today by default).")
    public List<CertificationResponse> list(@PathParam("id") UUID supplierId,
                                            @Parameter(example = "2026-09-01") @QueryParam("at") LocalDate at) {
        LocalDate on = at == null ? Dates.today() : at;
        return certifications.of(supplierId).stream().map(c -> CertificationResponse.from(c, on)).toList();
    }

    @GET
    @Path("/{certificationId}")
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "Read a certificate")
    @APIResponse(responseCode = "404", description = "No such certificate for this supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CertificationResponse get(@PathParam("id") UUID supplierId, @PathParam("certificationId") UUID id) {
        return CertificationResponse.from(certifications.get(supplierId, id), Dates.today());
    }

    @POST
    @Path("/{certificationId}/revocation")
    @RolesAllowed({"producer", "admin"})
    @Operation(summary = "Revoke a certificate", description = "Kept for history; from the given day it no longer "
            + "counts and its labels leave the supplier's offers. Announced as certification-revoked.v1.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CertificationResponse.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CertificationResponse revoke(@PathParam("id") UUID supplierId, @PathParam("certificationId") UUID id,
                                        @NotNull @Valid RevocationRequest body) {
        LocalDate from = body.from() == null ? Dates.today() : body.from();
        return CertificationResponse.from(certifications.revoke(supplierId, id, from, body.reason().strip(), caller.get()), Dates.today());
    }
}
