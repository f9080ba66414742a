package fr.mutualim.buyer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * A membership one side has said yes to and the other not yet: an invitation when the group asked
 * first, a join request when the canteen did. A canteen becomes a member only with both yeses,
 * because membership opens its purchases to the group's operators.
 */
@Embeddable
public class PendingMembership {

    /** Who said yes first. */
    public enum Side {
        /** The group's coordinator: an invitation, waiting for the canteen. */
        GROUP,
        /** The canteen's buyer: a join request, waiting for the group. */
        CANTEEN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "asked_by")
    private Side askedBy;
    @Column(name = "asked_at")
    private Instant askedAt;

    protected PendingMembership() {
        // for JPA
    }

    PendingMembership(Side askedBy, Instant askedAt) {
        this.askedBy = Objects.requireNonNull(askedBy);
        this.askedAt = Objects.requireNonNull(askedAt);
    }

    public Side askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }
}
