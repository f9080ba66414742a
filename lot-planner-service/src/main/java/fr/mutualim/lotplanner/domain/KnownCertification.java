package fr.mutualim.lotplanner.domain;

import fr.mutualim.lotplanner.domain.planning.Certificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The planner's copy of one certificate. */
@Entity
@Table(name = "known_certification")
public class KnownCertification {

    @Id
    private UUID id;
    @Column(name = "supplier_id")
    private UUID supplierId;
    private String type;
    @Column(name = "egalim_label")
    private String egalimLabel;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "scope_families")
    private String scopeFamilies;
    @Column(name = "scope_cpv_prefixes")
    private String scopeCpvPrefixes;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownCertification() {
        // for JPA
    }

    public KnownCertification(UUID id, UUID supplierId) {
        this.id = id;
        this.supplierId = supplierId;
    }

    /**
     * Takes the announced state. Certificates carry no version: a revocation is final, so an "added"
     * event redelivered after the revocation must not bring the certificate back.
     */
    public void apply(CertificationSnapshot snapshot, Instant now) {
        LocalDate keptRevocation = revokedOn;
        type = snapshot.type();
        egalimLabel = snapshot.egalimLabel();
        validFrom = snapshot.validFrom();
        validUntil = snapshot.validUntil();
        revokedOn = snapshot.revokedOn() != null ? snapshot.revokedOn() : keptRevocation;
        scopeFamilies = Codes.join(snapshot.scopeFamilies());
        scopeCpvPrefixes = Codes.join(snapshot.scopeCpvPrefixes());
        updatedAt = now;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public Certificate toPlanning() {
        return new Certificate(id, type, egalimLabel, validFrom, validUntil, revokedOn, Codes.split(scopeFamilies),
                Codes.split(scopeCpvPrefixes));
    }
}
