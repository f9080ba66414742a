package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchasingGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A purchasing group (groupement de commandes).")
public record PurchasingGroupResponse(
        @Schema(example = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
        @Schema(example = "Groupement restauration scolaire Artois 2026-2027") String name,
        @Schema(example = "Département du Pas-de-Calais") String coordinator,
        @Schema(example = "2026-09-01") LocalDate startDate,
        @Schema(example = "2027-08-31") LocalDate endDate,
        @Schema(description = "Member canteens: both the group and the canteen said yes. Sorted by id",
                example = "[\"5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21\"]")
        List<UUID> memberCanteenIds,
        @Schema(description = "Canteens the group invited that have not accepted yet (not members: their purchases "
                + "stay closed to the group). Sorted by id", example = "[\"8e2f4a6c-1b3d-4e5f-a7b9-c1d3e5f7a9b2\"]")
        List<UUID> invitedCanteenIds,
        @Schema(description = "Canteens that asked to join and that the group has not accepted yet: "
                + "PUT /purchasing-groups/{id}/members/{canteenId} accepts one. Sorted by id",
                example = "[\"3a9d8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d\"]")
        List<UUID> joinRequestCanteenIds,
        @Schema(description = "1 on creation, + 1 on each change of name, coordinator, period or members "
                + "(not of invitations or join requests)", example = "1") long version,
        @Schema(example = "2026-03-14T09:12:45.123456Z") Instant createdAt,
        @Schema(example = "2026-03-14T09:12:45.123456Z") Instant changedAt) {

    static PurchasingGroupResponse from(PurchasingGroup group) {
        return new PurchasingGroupResponse(group.id(), group.name(), group.coordinator(), group.startDate(),
                group.endDate(), group.sortedMembers(), group.sortedInvitations(), group.sortedJoinRequests(),
                group.version(), group.createdAt(), group.changedAt());
    }
}
