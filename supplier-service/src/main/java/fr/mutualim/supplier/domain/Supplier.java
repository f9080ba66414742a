package fr.mutualim.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A producer, cooperative, artisan, processor or wholesaler able to supply canteens. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    private UUID id;
    private String siret;
    @Column(name = "legal_name")
    private String legalName;
    @Column(name = "trade_name")
    private String tradeName;
    @Enumerated(EnumType.STRING)
    private SupplierKind kind;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String commune;
    @Column(name = "insee_code")
    private String inseeCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "delivery_radius_km")
    private int deliveryRadiusKm;
    /** Incremented on every change and carried by every event, so consumers can ignore stale ones. */
    private long version;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected Supplier() {
        // for JPA
    }

    public static Supplier register(UUID id, SupplierDetails details, Instant now) {
        Supplier supplier = new Supplier();
        supplier.id = id;
        supplier.apply(details);
        supplier.version = 1;
        supplier.registeredAt = now;
        return supplier;
    }

    /** The event announcing this supplier's registration, with its whole state. */
    public SupplierRegistered registered() {
        return new SupplierRegistered(id, version, details(), registeredAt);
    }

    private void apply(SupplierDetails details) {
        siret = details.siret().value();
        legalName = details.legalName();
        tradeName = details.tradeName();
        kind = details.kind();
        street = details.street();
        postalCode = details.postalCode();
        commune = details.commune();
        inseeCode = details.inseeCode();
        latitude = details.latitude();
        longitude = details.longitude();
        deliveryRadiusKm = details.deliveryRadiusKm();
    }

    public SupplierDetails details() {
        return new SupplierDetails(new Siret(siret), legalName, tradeName, kind, street, postalCode, commune,
                inseeCode, latitude, longitude, deliveryRadiusKm);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
