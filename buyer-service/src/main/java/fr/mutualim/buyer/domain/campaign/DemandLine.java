package fr.mutualim.buyer.domain.campaign;

import fr.mutualim.buyer.domain.ProductFamily;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A line of one version of a demand campaign. Its {@code lineId} is kept from version to version,
 * so that consumers follow a line across revisions; each version has its own rows.
 */
@Entity
@Table(name = "demand_line")
public class DemandLine {

    @Id
    private UUID id;
    @Column(name = "line_id")
    private UUID lineId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "product_label")
    private String productLabel;
    @Column(name = "cpv_code")
    private String cpvCode;
    @Enumerated(EnumType.STRING)
    private ProductFamily family;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "category_label")
    private String categoryLabel;
    @Enumerated(EnumType.STRING)
    private DemandUnit unit;
    /** Months needed, 1 to 12, comma-separated in ascending order. */
    private String months;
    @Column(name = "deliveries_per_week")
    private int deliveriesPerWeek;
    @Column(name = "estimated_unit_price_excl_tax")
    private BigDecimal estimatedUnitPriceExclTax;
    @Enumerated(EnumType.STRING)
    @Column(name = "required_label")
    private RequiredLabel requiredLabel;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "demand_line_quantity", joinColumns = @JoinColumn(name = "line_row_id"))
    private Set<SiteQuantity> quantities = new HashSet<>();

    protected DemandLine() {
        // for JPA
    }

    static DemandLine of(UUID lineId, int lineNumber, DemandLineDetails details) {
        DemandLine line = new DemandLine();
        line.id = UUID.randomUUID();
        line.lineId = lineId;
        line.lineNumber = lineNumber;
        line.apply(details);
        return line;
    }

    DemandLine copy() {
        return of(lineId, lineNumber, details());
    }

    void apply(DemandLineDetails d) {
        productLabel = d.productLabel();
        cpvCode = d.cpvCode();
        family = d.family();
        categoryCode = d.category().code();
        categoryLabel = d.category().label();
        unit = d.unit();
        months = d.months().stream().map(String::valueOf).collect(Collectors.joining(","));
        deliveriesPerWeek = d.deliveriesPerWeek();
        estimatedUnitPriceExclTax = d.estimatedUnitPriceExclTax();
        requiredLabel = d.requiredLabel();
        quantities.clear();
        quantities.addAll(d.quantities());
    }

    public DemandLineDetails details() {
        return new DemandLineDetails(productLabel, cpvCode, family, new HomogeneousCategory(categoryCode, categoryLabel),
                unit, months.isEmpty() ? new TreeSet<>() : Arrays.stream(months.split(",")).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new)), deliveriesPerWeek, estimatedUnitPriceExclTax,
                requiredLabel, sortedQuantities());
    }

    /** By canteen id as text: the order of PostgreSQL and of the API and events. */
    public List<SiteQuantity> sortedQuantities() {
        return quantities.stream().sorted(Comparator.comparing(q -> q.canteenId().toString())).toList();
    }

    void renumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public UUID lineId() {
        return lineId;
    }

    public int lineNumber() {
        return lineNumber;
    }

    /** Whether this line is the same product as another: label, CPV code and unit. */
    public boolean sameProduct(String productLabel, String cpvCode, DemandUnit unit) {
        return this.productLabel.equals(productLabel) && this.cpvCode.equals(cpvCode) && this.unit == unit;
    }
}
