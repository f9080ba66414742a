package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.Nomenclatures;
import fr.mutualim.chassis.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/purchasing-groups/{groupId}/nomenclature")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demand campaigns", description = "A purchasing group's needs for one tender")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class NomenclatureResource {

    private final Nomenclatures nomenclatures;

    public NomenclatureResource(Nomenclatures nomenclatures) {
        this.nomenclatures = nomenclatures;
    }

    @GET
    @Operation(summary = "Read the nomenclature of homogeneous categories in force",
            description = "The group's own if it has set one, else the default shipped with Mutualim. Readable by "
                    + "whoever reads the group.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NomenclatureResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NomenclatureResponse get(@PathParam("groupId") UUID groupId) {
        return NomenclatureResponse.from(nomenclatures.get(groupId));
    }

    @PUT
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Set the group's own nomenclature",
            description = "Replaces the default one entirely for new and edited lines; lines already written keep "
                    + "their category. Only an operator whose group_ids holds the group, or an admin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NomenclatureResponse.class)))
    @APIResponse(responseCode = "400", description = "e.g. entries[3].cpvPrefix repeated, or one category code with two "
            + "labels; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NomenclatureResponse put(@PathParam("groupId") UUID groupId, @NotNull @Valid NomenclatureRequest body) {
        return NomenclatureResponse.from(nomenclatures.put(groupId, body.toEntries()));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Go back to the default nomenclature")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NomenclatureResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NomenclatureResponse reset(@PathParam("groupId") UUID groupId) {
        return NomenclatureResponse.from(nomenclatures.reset(groupId));
    }
}
