package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchasingGroup.Consent;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a canteen stands with a purchasing group after its yes.")
public record GroupMembershipResponse(
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
        @Schema(example = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID groupId,
        @Schema(description = "MEMBER: both sides said yes, the group's operators read the canteen and its purchases. "
                + "REQUESTED: the group has not said yes yet; nothing opens until it does.", example = "MEMBER")
        Status status) {

    public enum Status {
        MEMBER, REQUESTED
    }

    static GroupMembershipResponse of(UUID canteenId, UUID groupId, Consent consent) {
        return new GroupMembershipResponse(canteenId, groupId,
                consent == Consent.PENDING ? Status.REQUESTED : Status.MEMBER);
    }
}
