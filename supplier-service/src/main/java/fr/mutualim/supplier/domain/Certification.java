package fr.mutualim.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A supplier's certificate. It counts on a date only inside its validity and before any revocation. */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    private UUID id;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Enumerated(EnumType.STRING)
    private CertificationType type;
    private String certifier;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Convert(converter = CodesConverter.Families.class)
    @Column(name = "scope_families")
    private Set<ProductFamily> scopeFamilies;
    @Convert(converter = CodesConverter.Strings.class)
    @Column(name = "scope_cpv_prefixes")
    private Set<String> scopeCpvPrefixes;
    /** First day on which the certificate no longer counts; null while it is not revoked. */
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Column(name = "added_at")
    private Instant addedAt;

    protected Certification() {
        // for JPA
    }

    public static Certification add(UUID id, UUID supplierId, CertificationDetails details, Instant now) {
        Certification certification = new Certification();
        certification.id = id;
        certification.supplierId = supplierId;
        certification.type = details.type();
        certification.certifier = details.certifier();
        certification.certificateNumber = details.certificateNumber();
        certification.validFrom = details.validFrom();
        certification.validUntil = details.validUntil();
        certification.scopeFamilies = details.scopeFamilies();
        certification.scopeCpvPrefixes = details.scopeCpvPrefixes();
        certification.addedAt = now;
        return certification;
    }

    /** Withdraws the certificate from {@code from} on; a revoked certificate cannot be revoked again. */
    public void revoke(LocalDate from, String reason) {
        if (revokedOn != null) {
            throw new IllegalStateException("certification " + id + " was already revoked on " + revokedOn);
        }
        revokedOn = from;
        revocationReason = reason;
    }

    /** Counts on {@code date}: from its first to its last valid day, both included, unless revoked by then. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil)
                && (revokedOn == null || date.isBefore(revokedOn));
    }

    /** Still in force, and its last valid day falls within {@code days} days of {@code today}. */
    public boolean expiresWithin(LocalDate today, int days) {
        return validOn(today) && !validUntil.isAfter(today.plusDays(days));
    }

    /**
     * Whether it gives {@code egalimLabel} on {@code date} to a product of {@code family} with
     * {@code cpvCode}, as {@link LabelDerivation} derives it, without copying its details.
     */
    public boolean gives(String egalimLabel, LocalDate date, ProductFamily family, String cpvCode) {
        return type.gives(egalimLabel) && validOn(date)
                && CertificationDetails.covers(scopeFamilies, scopeCpvPrefixes, family, cpvCode);
    }

    public CertificationDetails details() {
        return new CertificationDetails(type, certifier, certificateNumber, validFrom, validUntil, scopeFamilies,
                scopeCpvPrefixes);
    }

    public UUID id() {
        return id;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
