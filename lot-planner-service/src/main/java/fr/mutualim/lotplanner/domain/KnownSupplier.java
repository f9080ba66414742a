package fr.mutualim.lotplanner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the planner knows of a supplier: enough to decide who can serve which delivery sites. */
@Entity
@Table(name = "known_supplier")
public class KnownSupplier {

    @Id
    private UUID id;
    private String siret;
    @Column(name = "legal_name")
    private String legalName;
    private String kind;
    @Column(name = "postal_code")
    private String postalCode;
    private String commune;
    @Column(name = "insee_code")
    private String inseeCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "delivery_radius_km")
    private int deliveryRadiusKm;
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownSupplier() {
        // for JPA
    }

    public KnownSupplier(UUID id) {
        this.id = id;
    }

    /**
     * Takes the supplier's state as of {@code snapshot.version()}; an older or equal version is
     * ignored (events may arrive twice, or late after a retry). Returns whether anything changed.
     */
    public boolean apply(SupplierSnapshot snapshot, Instant now) {
        if (snapshot.version() <= version) {
            return false;
        }
        siret = snapshot.siret();
        legalName = snapshot.legalName();
        kind = snapshot.kind();
        postalCode = snapshot.postalCode();
        commune = snapshot.commune();
        inseeCode = snapshot.inseeCode();
        latitude = snapshot.latitude();
        longitude = snapshot.longitude();
        deliveryRadiusKm = snapshot.deliveryRadiusKm();
        version = snapshot.version();
        updatedAt = now;
        return true;
    }

    public SupplierSnapshot snapshot() {
        return new SupplierSnapshot(id, version, siret, legalName, kind, postalCode, commune, inseeCode,
                latitude, longitude, deliveryRadiusKm);
    }

    public UUID id() {
        return id;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
