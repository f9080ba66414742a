package fr.mutualim.supplier.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.CertificationDetails;
import fr.mutualim.supplier.messaging.SupplierEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Use cases of suppliers' certifications. */
@ApplicationScoped
@Transactional
public class Certifications {

    private final SupplierDirectory directory;
    private final EntityManager em;
    private final Outbox outbox;
    private final SearchIndex search;

    public Certifications(SupplierDirectory directory, EntityManager em, Outbox outbox, SearchIndex search) {
        this.directory = directory;
        this.em = em;
        this.outbox = outbox;
        this.search = search;
    }

    public Certification add(UUID supplierId, CertificationDetails details, Caller caller) {
        directory.manageable(supplierId, caller);
        Certification certification = Certification.add(UUID.randomUUID(), supplierId, details,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(certification);
        outbox.append(SupplierEvents.certification(SupplierEvents.CERTIFICATION_ADDED, certification));
        search.changing();
        return certification;
    }

    /** Revokes a certificate from {@code from} on: its labels disappear from that day. */
    public Certification revoke(UUID supplierId, UUID certificationId, LocalDate from, String reason, Caller caller) {
        directory.manageable(supplierId, caller);
        Certification certification = get(supplierId, certificationId);
        if (certification.revokedOn() != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Certification " + certificationId + " was already revoked on " + certification.revokedOn());
        }
        certification.revoke(from, reason);
        outbox.append(SupplierEvents.certification(SupplierEvents.CERTIFICATION_REVOKED, certification));
        search.changing();
        return certification;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Certification get(UUID supplierId, UUID certificationId) {
        Certification certification = em.find(Certification.class, certificationId);
        if (certification == null || !certification.supplierId().equals(supplierId)) {
            throw ProblemException.notFound("Certification", certificationId);
        }
        return certification;
    }

    /** Every certification of a supplier, revoked and lapsed ones included, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certification> of(UUID supplierId) {
        directory.get(supplierId);
        return em.createQuery("from Certification where supplierId = ?1 order by validFrom, id", Certification.class)
                .setParameter(1, supplierId).getResultList();
    }

    /** Certifications still in force whose last valid day is within {@code days} days: renewal reminders. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certification> expiring(LocalDate today, int days) {
        // The same rule as Certification.expiresWithin: in force today, last valid day within the window.
        return em.createQuery("from Certification where (revokedOn is null or revokedOn > ?1) and validFrom <= ?1"
                        + " and validUntil >= ?1 and validUntil <= ?2 order by validUntil, id", Certification.class)
                .setParameter(1, today).setParameter(2, today.plusDays(days)).getResultList();
    }
}
