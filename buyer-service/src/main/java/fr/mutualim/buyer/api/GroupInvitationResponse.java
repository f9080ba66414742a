package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.PurchasingGroups;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A purchasing group's invitation to a canteen, waiting for the canteen's answer. Enough to decide: "
        + "the group's member list and purchases open only to members.")
public record GroupInvitationResponse(
        @Schema(example = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID groupId,
        @Schema(example = "Groupement restauration scolaire Artois 2026-2027") String name,
        @Schema(description = "The coordinating body", example = "Département du Pas-de-Calais") String coordinator,
        @Schema(example = "2026-09-01") LocalDate startDate,
        @Schema(example = "2027-08-31") LocalDate endDate,
        @Schema(example = "2026-03-14T09:12:45.123456Z") Instant invitedAt) {

    static GroupInvitationResponse from(PurchasingGroups.Pending invitation) {
        var group = invitation.group();
        return new GroupInvitationResponse(group.id(), group.name(), group.coordinator(), group.startDate(),
                group.endDate(), invitation.askedAt());
    }
}
