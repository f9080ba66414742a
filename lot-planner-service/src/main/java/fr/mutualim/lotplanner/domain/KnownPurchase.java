package fr.mutualim.lotplanner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A canteen's purchase line as buyer-service announced it, reduced to what the current EGAlim shares need. An older
 * or equal version is ignored, and a deletion leaves a tombstone with its version, so replays and reordering end in
 * the same state.
 */
@Entity
@Table(name = "known_purchase")
public class KnownPurchase {

    @Id
    private UUID id;
    @Column(name = "canteen_id")
    private UUID canteenId;
    @Column(name = "purchase_date")
    private LocalDate date;
    @Column(name = "amount_excl_tax")
    private BigDecimal amountExclTax;
    private boolean bio;
    @Column(name = "durable_and_quality")
    private boolean durableAndQuality;
    private long version;
    private boolean deleted;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPurchase() {
        // for JPA
    }

    public KnownPurchase(UUID id, UUID canteenId) {
        this.id = id;
        this.canteenId = canteenId;
    }

    /** Takes the line's whole state as of {@code version}; stale or repeated versions are ignored. */
    public void apply(long version, UUID canteenId, LocalDate date, BigDecimal amountExclTax, boolean bio,
                      boolean durableAndQuality, Instant now) {
        if (version <= this.version) {
            return;
        }
        this.version = version;
        this.deleted = false;
        this.canteenId = canteenId;
        this.date = date;
        this.amountExclTax = amountExclTax;
        this.bio = bio;
        this.durableAndQuality = durableAndQuality;
        this.updatedAt = now;
    }

    /** The line no longer counts, unless a newer version of it was already applied. */
    public void delete(long version, Instant now) {
        if (version <= this.version) {
            return;
        }
        this.version = version;
        this.deleted = true;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }
}
