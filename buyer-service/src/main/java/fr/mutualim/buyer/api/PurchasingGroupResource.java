package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchasingGroup.Consent;
import fr.mutualim.buyer.service.PurchasingGroups;
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

@Path("/purchasing-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purchasing groups", description = "Groupements de commandes: canteens tendering together under a coordinator")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class PurchasingGroupResource {

    private final PurchasingGroups groups;

    public PurchasingGroupResource(PurchasingGroups groups) {
        this.groups = groups;
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Create or replace a purchasing group",
            description = "The caller chooses the id, so that an operator's token can name it in group_ids before the "
                    + "group exists. Only an operator whose group_ids contains the id, or an admin, may do this. "
                    + "memberCanteenIds is the group's yes to exactly these canteens. A listed canteen becomes a "
                    + "member only if the canteen also says yes: it already is a member, it asked to join "
                    + "(PUT /canteens/{canteenId}/purchasing-groups/{id}), or the caller answers for it too (an admin, "
                    + "or a buyer token naming it). Other listed canteens are invited (invitedCanteenIds) until they "
                    + "accept. Members not listed leave, invitations not listed are withdrawn, join requests not "
                    + "listed keep waiting. So an admin sets the members exactly; an operator invites. "
                    + "Each change of name, coordinator, period or members increments the version and is announced "
                    + "on groups.events as purchasing-group-changed.v1; a replacement that changes none of them "
                    + "keeps the version.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. endDate before startDate or "
            + "memberCanteenIds[1] not a registered canteen; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("id") UUID id, @NotNull @Valid PurchasingGroupRequest body, @Context UriInfo uri) {
        PurchasingGroups.Put put = groups.put(id, body.toDetails());
        PurchasingGroupResponse entity = PurchasingGroupResponse.from(put.group());
        return put.created() ? Response.created(uri.getAbsolutePath()).entity(entity).build()
                : Response.ok(entity).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a purchasing group",
            description = "Reached by an admin, an operator naming it in group_ids, and a buyer of one of its members.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not reach this group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchasingGroupResponse get(@PathParam("id") UUID id) {
        return PurchasingGroupResponse.from(groups.get(id));
    }

    @GET
    @Operation(summary = "List the purchasing groups the caller reaches", description = "Sorted by name, then id; paginated.")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<PurchasingGroupResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return groups.list(page, size).map(PurchasingGroupResponse::from);
    }

    @PUT
    @Path("/{id}/members/{canteenId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Invite a canteen, or accept its join request",
            description = "The group's yes to the canteen. The canteen becomes a member (200) if it had asked to join, "
                    + "or if the caller also answers for it (an admin); this is announced as "
                    + "purchasing-group-changed.v1 with the new version. Otherwise the invitation is recorded (202, "
                    + "the canteen in invitedCanteenIds, nothing announced) until a buyer of the canteen accepts it "
                    + "with PUT /canteens/{canteenId}/purchasing-groups/{id}. Asking again changes nothing. Needs no "
                    + "body.")
    @APIResponse(responseCode = "200", description = "The canteen is a member",
            content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "202", description = "The canteen is invited; it becomes a member when it accepts",
            content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group, or no such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMember(@PathParam("id") UUID id, @PathParam("canteenId") UUID canteenId) {
        PurchasingGroups.Answer answer = groups.invite(id, canteenId);
        return Response.status(answer.consent() == Consent.PENDING ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(PurchasingGroupResponse.from(answer.group())).build();
    }

    @DELETE
    @Path("/{id}/members/{canteenId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Remove a member canteen, withdraw an invitation or refuse a join request",
            description = "Removing a member is announced as purchasing-group-changed.v1 with the new version; "
                    + "withdrawing an invitation or refusing a join request announces nothing; a canteen that is "
                    + "none of these changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchasingGroupResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not coordinate this group; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchasingGroupResponse removeMember(@PathParam("id") UUID id, @PathParam("canteenId") UUID canteenId) {
        return PurchasingGroupResponse.from(groups.removeMember(id, canteenId));
    }
}
