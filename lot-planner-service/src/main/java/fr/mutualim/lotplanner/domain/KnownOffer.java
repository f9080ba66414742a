package fr.mutualim.lotplanner.domain;

import fr.mutualim.lotplanner.domain.planning.SupplierOffer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The planner's copy of one offer, as of the last version supplier-service announced. */
@Entity
@Table(name = "known_offer")
public class KnownOffer {

    @Id
    private UUID id;
    @Column(name = "supplier_id")
    private UUID supplierId;
    private long version;
    private String status;
    @Column(name = "product_label")
    private String productLabel;
    @Column(name = "cpv_code")
    private String cpvCode;
    private String family;
    private String unit;
    @Column(name = "annual_capacity")
    private BigDecimal annualCapacity;
    private String months;
    @Column(name = "monthly_capacity")
    private BigDecimal monthlyCapacity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownOffer() {
        // for JPA
    }

    public KnownOffer(UUID id, UUID supplierId) {
        this.id = id;
        this.supplierId = supplierId;
    }

    /** Takes the offer's state as of {@code snapshot.version()}; a stale or repeated version is ignored. */
    public boolean apply(OfferSnapshot snapshot, Instant now) {
        if (snapshot.version() <= version) {
            return false;
        }
        version = snapshot.version();
        status = snapshot.status();
        productLabel = snapshot.productLabel();
        cpvCode = snapshot.cpvCode();
        family = snapshot.family();
        unit = snapshot.unit();
        annualCapacity = snapshot.annualCapacity();
        months = Codes.join(snapshot.months());
        monthlyCapacity = snapshot.monthlyCapacity();
        unitPrice = snapshot.unitPrice();
        updatedAt = now;
        return true;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public UUID supplierId() {
        return supplierId;
    }

    public SupplierOffer toPlanning() {
        return new SupplierOffer(id, productLabel, cpvCode, family, unit, annualCapacity, Codes.months(months),
                monthlyCapacity, unitPrice);
    }
}
