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
    private long version;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected Canteen() {
        // for JPA
    }

    public static Canteen register(UUID id, CanteenDetails details, Instant now) {
        Canteen canteen = new Canteen();
        canteen.id = id;
        canteen.siret = details.siret();
        canteen.name = details.name();
        canteen.type = details.type();
        canteen.postalCode = details.postalCode();
        canteen.commune = details.commune();
        canteen.inseeCode = details.inseeCode();
        canteen.departmentCode = details.departmentCode();
        canteen.latitude = details.latitude();
        canteen.longitude = details.longitude();
        canteen.mealsPerDay = details.mealsPerDay();
        canteen.version = 1;
        canteen.registeredAt = now;
        return canteen;
    }

    public CanteenDetails details() {
        return new CanteenDetails(siret, name, type, postalCode, commune, inseeCode, departmentCode, latitude,
                longitude, mealsPerDay);
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
