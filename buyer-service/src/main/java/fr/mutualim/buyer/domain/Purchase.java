package fr.mutualim.buyer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One purchase line of a canteen. */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    private UUID id;
    @Column(name = "canteen_id")
    private UUID canteenId;
    @Column(name = "purchase_date")
    private LocalDate date;
    @Column(name = "supplier_name")
    private String supplierName;
    @Column(name = "supplier_siret")
    private String supplierSiret;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProductFamily family;
    @Convert(converter = LabelsConverter.class)
    private Set<PurchaseLabel> labels;
    @Column(name = "amount_excl_tax")
    private BigDecimal amountExclTax;
    private boolean local;
    @Enumerated(EnumType.STRING)
    @Column(name = "local_definition")
    private LocalDefinition localDefinition;
    @Column(name = "local_distance_km")
    private Integer localDistanceKm;
    private long version;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "import_id")
    private UUID importId;

    protected Purchase() {
        // for JPA
    }

    public static Purchase record(UUID id, UUID canteenId, PurchaseLine line, Instant now) {
        Purchase purchase = new Purchase();
        purchase.id = id;
        purchase.canteenId = canteenId;
        purchase.apply(line);
        purchase.version = 1;
        purchase.recordedAt = now;
        return purchase;
    }

    /** A purchase read from a file: it remembers the import it came from. */
    public static Purchase imported(UUID id, UUID canteenId, PurchaseLine line, UUID importId, Instant now) {
        Purchase purchase = record(id, canteenId, line, now);
        purchase.importId = importId;
        return purchase;
    }

    /** Replaces the whole line; each correction is a new version of the purchase. */
    public void correct(PurchaseLine line, Instant now) {
        apply(line);
        version++;
        correctedAt = now;
    }

    /** A deletion is the last change of the purchase: its event carries the version after this one. */
    public long deletionVersion() {
        return version + 1;
    }

    private void apply(PurchaseLine line) {
        date = line.date();
        supplierName = line.supplierName();
        supplierSiret = line.supplierSiret();
        description = line.description();
        family = line.family();
        labels = line.labels().isEmpty() ? EnumSet.noneOf(PurchaseLabel.class) : EnumSet.copyOf(line.labels());
        amountExclTax = line.amountExclTax();
        local = line.local();
        localDefinition = line.localDefinition();
        localDistanceKm = line.localDistanceKm();
    }

    public PurchaseLine line() {
        return new PurchaseLine(date, supplierName, supplierSiret, description, family, labels, amountExclTax, local,
                localDefinition, localDistanceKm);
    }

    public UUID id() {
        return id;
    }

    public UUID canteenId() {
        return canteenId;
    }

    public long version() {
        return version;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The import this purchase came from, or null if it was recorded through the API. */
    public UUID importId() {
        return importId;
    }

    /** When the purchase was last corrected, or null. */
    public Instant correctedAt() {
        return correctedAt;
    }
}
