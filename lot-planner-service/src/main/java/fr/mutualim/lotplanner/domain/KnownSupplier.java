package fr.mutualim.lotplanner.domain;

import fr.mutualim.lotplanner.domain.planning.Certificate;
import fr.mutualim.lotplanner.domain.planning.SupplierOffer;
import fr.mutualim.lotplanner.domain.planning.SupplierProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
    @Column(name = "trade_name")
    private String tradeName;
    private String kind;
    @Column(name = "size_class")
    private String sizeClass;
    @Column(name = "postal_code")
    private String postalCode;
    private String commune;
    @Column(name = "insee_code")
    private String inseeCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "delivery_radius_km")
    private int deliveryRadiusKm;
    private int intermediaries;
    @Column(name = "cooperative_id")
    private UUID cooperativeId;
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
        tradeName = snapshot.tradeName();
        kind = snapshot.kind();
        sizeClass = snapshot.sizeClass();
        postalCode = snapshot.postalCode();
        commune = snapshot.commune();
        inseeCode = snapshot.inseeCode();
        latitude = snapshot.latitude();
        longitude = snapshot.longitude();
        deliveryRadiusKm = snapshot.deliveryRadiusKm();
        intermediaries = snapshot.intermediaries();
        cooperativeId = snapshot.cooperativeId();
        version = snapshot.version();
        updatedAt = now;
        return true;
    }

    public SupplierSnapshot snapshot() {
        return new SupplierSnapshot(id, version, siret, legalName, tradeName, kind, sizeClass, postalCode, commune,
                inseeCode, latitude, longitude, deliveryRadiusKm, intermediaries, cooperativeId);
    }

    /** The supplier as the planning domain sees it, with the offers and certificates given. */
    public SupplierProfile toPlanning(List<SupplierOffer> offers, List<Certificate> certificates) {
        return new SupplierProfile(id, tradeName != null ? tradeName : legalName, kind, sizeClass,
                latitude.doubleValue(), longitude.doubleValue(), deliveryRadiusKm, intermediaries, offers, certificates);
    }

    public UUID cooperativeId() {
        return cooperativeId;
    }

    public UUID id() {
        return id;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
