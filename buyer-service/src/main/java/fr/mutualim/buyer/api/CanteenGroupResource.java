package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchasingGroup.Consent;
import fr.mutualim.buyer.service.PurchasingGroups;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The canteen's side of purchasing-group membership: its invitations, and its yes or no. Only the
 * canteen's buyers (and admins) answer for it, because membership opens its purchases to the group's
 * operators.
 */
@Path("/canteens/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Purchasing groups", description = "Groupements de commandes: canteens tendering together under a coordinator")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "admin"})
public class CanteenGroupResource {

    private final PurchasingGroups groups;

    public CanteenGroupResource(PurchasingGroups groups) {
        this.groups = groups;
    }

    @GET
    @Path("/group-invitations")
    @Operation(summary = "List a canteen's pending invitations to purchasing groups",
            description = "The groups that invited the canteen and wait for its answer, sorted by name, then id; "
                    + "paginated. For a buyer whose canteen_ids names the canteen, and admins.")
    @APIResponse(responseCode = "200", description = "A page of GroupInvitationResponse")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not answer for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<GroupInvitationResponse> invitations(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return groups.invitations(id, page, size).map(GroupInvitationResponse::from);
    }

    @GET
    @Path("/join-requests")
    @Operation(summary = "List a canteen's requests to join purchasing groups, waiting for the groups' answers",
            description = "The groups the canteen asked to join (PUT /canteens/{id}/purchasing-groups/{groupId} "
                    + "without an invitation) whose operator has not accepted yet, sorted by name, then id; paginated. "
                    + "A request is withdrawn with DELETE on the same path. For a buyer whose canteen_ids names the "
                    + "canteen, and admins.")
    @APIResponse(responseCode = "200", description = "A page of JoinRequestResponse")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not answer for this canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<JoinRequestResponse> joinRequests(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return groups.joinRequests(id, page, size).map(JoinRequestResponse::from);
    }

    @PUT
    @Path("/purchasing-groups/{groupId}")
    @Operation(summary = "Accept a group's invitation, or ask to join it",
            description = "The canteen's yes to the group. If the group invited the canteen (or the caller also "
                    + "coordinates the group, as an admin does), the canteen becomes a member (200) and this is "
                    + "announced on groups.events as purchasing-group-changed.v1 with the new version. Otherwise a "
                    + "join request is recorded (202, nothing announced, nothing opened) until an operator of the "
                    + "group accepts it with PUT /purchasing-groups/{groupId}/members/{id}. Asking again changes "
                    + "nothing. Needs no body.")
    @APIResponse(responseCode = "200", description = "The canteen is a member",
            content = @Content(schema = @Schema(implementation = GroupMembershipResponse.class)))
    @APIResponse(responseCode = "202", description = "The join request waits for the group",
            content = @Content(schema = @Schema(implementation = GroupMembershipResponse.class)))
    @APIResponse(responseCode = "403", description = "The token does not answer for this canteen (e.g. an "
            + "operator of the group); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen, or no such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response join(@PathParam("id") UUID id, @PathParam("groupId") UUID groupId) {
        Consent consent = groups.join(id, groupId);
        return Response.status(consent == Consent.PENDING ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(GroupMembershipResponse.of(id, groupId, consent)).build();
    }

    @DELETE
    @Path("/purchasing-groups/{groupId}")
    @Operation(summary = "Leave a group, decline its invitation or withdraw a join request",
            description = "Leaving is announced on groups.events as purchasing-group-changed.v1 with the new version, "
                    + "and closes the canteen to the group's operators at once; declining or withdrawing announces "
                    + "nothing. A canteen that is none of these changes nothing.")
    @APIResponse(responseCode = "204", description = "The canteen is neither a member nor invited nor asking")
    @APIResponse(responseCode = "403", description = "The token does not answer for this canteen; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such canteen, or no such purchasing group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void leave(@PathParam("id") UUID id, @PathParam("groupId") UUID groupId) {
        groups.leave(id, groupId);
    }
}
