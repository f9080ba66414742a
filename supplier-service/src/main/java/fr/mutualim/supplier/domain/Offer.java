package fr.mutualim.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A product a supplier offers to canteens. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private UUID id;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Column(name = "product_label")
    private String productLabel;
    @Column(name = "cpv_code")
    private String cpvCode;
    @Enumerated(EnumType.STRING)
    private ProductFamily family;
    @Enumerated(EnumType.STRING)
    private Unit unit;
    @Column(name = "annual_capacity")
    private BigDecimal annualCapacity;
    @Column(name = "months_mask")
    private int monthsMask;
    @Column(name = "monthly_capacity")
    private BigDecimal monthlyCapacity;
    @Column(name = "unit_price_excl_tax")
    private BigDecimal unitPriceExclTax;
    @Column(name = "processing_level")
    private int processingLevel;
    @Convert(converter = CodesConverter.Days.class)
    @Column(name = "delivery_days")
    private Set<DayOfWeek> deliveryDays;
    @Enumerated(EnumType.STRING)
    private OfferStatus status;
    private long version;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Offer() {
        // for JPA
    }

    public static Offer publish(UUID id, UUID supplierId, OfferDetails details, Instant now) {
        Offer offer = new Offer();
        offer.id = id;
        offer.supplierId = supplierId;
        offer.apply(details);
        offer.status = OfferStatus.ACTIVE;
        offer.version = 1;
        offer.publishedAt = now;
        offer.updatedAt = now;
        return offer;
    }

    public void update(OfferDetails details, Instant now) {
        requireActive();
        apply(details);
        version++;
        updatedAt = now;
    }

    /** Takes the offer off the market; the row stays, so history and past plans keep their meaning. */
    public void withdraw(Instant now) {
        requireActive();
        status = OfferStatus.WITHDRAWN;
        version++;
        updatedAt = now;
    }

    private void requireActive() {
        if (status != OfferStatus.ACTIVE) {
            throw new IllegalStateException("offer " + id + " was withdrawn on " + updatedAt);
        }
    }

    private void apply(OfferDetails details) {
        productLabel = details.productLabel();
        cpvCode = details.cpvCode();
        family = details.family();
        unit = details.unit();
        annualCapacity = details.annualCapacity();
        monthsMask = Months.mask(details.months());
        monthlyCapacity = details.monthlyCapacity();
        unitPriceExclTax = details.unitPriceExclTax();
        processingLevel = details.processingLevel();
        deliveryDays = details.deliveryDays();
    }

    public OfferDetails details() {
        return new OfferDetails(productLabel, cpvCode, family, unit, annualCapacity, Months.of(monthsMask),
                monthlyCapacity, unitPriceExclTax, processingLevel, deliveryDays);
    }

    public UUID id() {
        return id;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public OfferStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
