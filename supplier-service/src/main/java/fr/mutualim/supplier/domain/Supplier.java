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
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private SizeClass sizeClass;
    private boolean sme;
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
    @Column(name = "minimum_order_excl_tax")
    private BigDecimal minimumOrderExclTax;
    private int intermediaries;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "cooperative_id")
    private UUID cooperativeId;
    /** Incremented on every change and carried by every event, so consumers can ignore stale ones. */
    private long version;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Supplier() {
        // for JPA
    }

    public static Supplier register(UUID id, SupplierDetails details, Instant now) {
        Supplier supplier = new Supplier();
        supplier.id = id;
        supplier.siret = details.siret().value();
        supplier.apply(details);
        supplier.version = 1;
        supplier.registeredAt = now;
        supplier.updatedAt = now;
        return supplier;
    }

    /** Replaces what the supplier declares; the SIRET is its identity and stays. */
    public SupplierChanged update(SupplierDetails details, Instant now) {
        apply(details);
        version++;
        updatedAt = now;
        return changed();
    }

    /** The supplier's whole state, as events announce it. */
    public SupplierChanged changed() {
        return new SupplierChanged(id, version, details(), registeredAt, updatedAt);
    }

    private void apply(SupplierDetails details) {
        legalName = details.legalName();
        tradeName = details.tradeName();
        kind = details.kind();
        sizeClass = details.sizeClass();
        sme = details.sme();
        street = details.street();
        postalCode = details.postalCode();
        commune = details.commune();
        inseeCode = details.inseeCode();
        latitude = details.latitude();
        longitude = details.longitude();
        deliveryRadiusKm = details.deliveryRadiusKm();
        minimumOrderExclTax = details.minimumOrderExclTax();
        intermediaries = details.intermediaries();
        Contact contact = details.contact();
        contactName = contact == null ? null : contact.name();
        contactEmail = contact == null ? null : contact.email();
        contactPhone = contact == null ? null : contact.phone();
        cooperativeId = details.cooperativeId();
    }

    public SupplierDetails details() {
        Contact contact = contactName == null && contactEmail == null && contactPhone == null ? null
                : new Contact(contactName, contactEmail, contactPhone);
        return new SupplierDetails(new Siret(siret), legalName, tradeName, kind, sizeClass, sme, street, postalCode,
                commune, inseeCode, latitude, longitude, deliveryRadiusKm, minimumOrderExclTax, intermediaries,
                contact, cooperativeId);
    }

    public UUID id() {
        return id;
    }

    public SupplierKind kind() {
        return kind;
    }

    public UUID cooperativeId() {
        return cooperativeId;
    }

    public long version() {
        return version;
    }
}
