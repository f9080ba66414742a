package fr.mutualim.buyer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A canteen: where meals are served, and whose purchases count for EGAlim. */
@Entity
@Table(name = "canteen")
public class Canteen {

    @Id
    private UUID id;
    private String siret;
    private String name;
    @Enumerated(EnumType.STRING)
    private CanteenType type;
    @Column(name = "postal_code")
    private String postalCode;
    private String commune;
    @Column(name = "insee_code")
    private String inseeCode;
    @Column(name = "department_code")
    private String departmentCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "meals_per_day")
    private int mealsPerDay;
    @Column(name = "service_days_per_year")
    private int serviceDaysPerYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "management_mode")
    private ManagementMode managementMode;
    @Column(name = "central_kitchen_id")
    private UUID centralKitchenId;
    private long version;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Canteen() {
        // for JPA
    }

    public static Canteen register(UUID id, CanteenDetails details, Instant now) {
        Canteen canteen = new Canteen();
        canteen.id = id;
        canteen.siret = details.siret();
        canteen.apply(details);
        canteen.version = 1;
        canteen.registeredAt = now;
        canteen.updatedAt = now;
        return canteen;
    }

    /**
     * Replaces the whole profile but the SIRET, which never changes; returns whether anything
     * changed (and so the version grew). Coordinates are compared by value, 50.29 = 50.290.
     */
    public boolean replace(CanteenDetails details, Instant now) {
        if (!details.siret().equals(siret)) {
            throw new IllegalArgumentException("The SIRET of canteen " + id + " never changes");
        }
        if (sameAs(details)) {
            return false;
        }
        apply(details);
        version++;
        updatedAt = now;
        return true;
    }

    public CanteenDetails details() {
        return new CanteenDetails(siret, name, type, postalCode, commune, inseeCode, departmentCode, latitude,
                longitude, mealsPerDay, serviceDaysPerYear, managementMode, centralKitchenId);
    }

    private boolean sameAs(CanteenDetails d) {
        CanteenDetails mine = details();
        return mine.equals(new CanteenDetails(d.siret(), d.name(), d.type(), d.postalCode(), d.commune(),
                d.inseeCode(), d.departmentCode(), sameScale(d.latitude(), latitude),
                sameScale(d.longitude(), longitude), d.mealsPerDay(), d.serviceDaysPerYear(), d.managementMode(),
                d.centralKitchenId()));
    }

    private static BigDecimal sameScale(BigDecimal value, BigDecimal stored) {
        return value.compareTo(stored) == 0 ? stored : value;
    }

    private void apply(CanteenDetails details) {
        name = details.name();
        type = details.type();
        postalCode = details.postalCode();
        commune = details.commune();
        inseeCode = details.inseeCode();
        departmentCode = details.departmentCode();
        latitude = details.latitude();
        longitude = details.longitude();
        mealsPerDay = details.mealsPerDay();
        serviceDaysPerYear = details.serviceDaysPerYear();
        managementMode = details.managementMode();
        centralKitchenId = details.centralKitchenId();
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
