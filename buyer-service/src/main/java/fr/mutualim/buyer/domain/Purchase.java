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
    private long version;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Purchase() {
        // for JPA
    }

    public static Purchase record(UUID id, UUID canteenId, PurchaseLine line, Instant now) {
        Purchase purchase = new Purchase();
        purchase.id = id;
        purchase.canteenId = canteenId;
        purchase.date = line.date();
        purchase.supplierName = line.supplierName();
        purchase.supplierSiret = line.supplierSiret();
        purchase.description = line.description();
        purchase.family = line.family();
        purchase.labels = line.labels().isEmpty() ? EnumSet.noneOf(PurchaseLabel.class) : EnumSet.copyOf(line.labels());
        purchase.amountExclTax = line.amountExclTax();
        purchase.local = line.local();
        purchase.version = 1;
        purchase.recordedAt = now;
        return purchase;
    }

    public PurchaseLine line() {
        return new PurchaseLine(date, supplierName, supplierSiret, description, family, labels, amountExclTax, local);
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
}
