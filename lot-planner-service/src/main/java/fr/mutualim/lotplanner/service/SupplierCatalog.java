package fr.mutualim.lotplanner.service;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.CertificationSnapshot;
import fr.mutualim.lotplanner.domain.KnownCertification;
import fr.mutualim.lotplanner.domain.KnownOffer;
import fr.mutualim.lotplanner.domain.KnownSupplier;
import fr.mutualim.lotplanner.domain.OfferSnapshot;
import fr.mutualim.lotplanner.domain.SupplierSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import fr.mutualim.lotplanner.domain.planning.Certificate;
import fr.mutualim.lotplanner.domain.planning.SupplierOffer;
import fr.mutualim.lotplanner.domain.planning.SupplierProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** The planner's read model of supplier-service's directory: suppliers, their offers and certificates. */
@ApplicationScoped
public class SupplierCatalog implements PanacheRepositoryBase<KnownSupplier, UUID> {

    /** Applies a supplier's announced state, creating the supplier the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SupplierSnapshot snapshot) {
        var known = findByIdOptional(snapshot.id());
        KnownSupplier supplier = known.orElseGet(() -> new KnownSupplier(snapshot.id()));
        supplier.apply(snapshot, Instant.now());
        if (known.isEmpty()) {
            persist(supplier); // after apply: the INSERT takes the state the entity has when persisted
        }
    }

    /** Applies an offer's announced state; versions guard against redeliveries and late events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OfferSnapshot snapshot) {
        var em = getEntityManager();
        KnownOffer known = em.find(KnownOffer.class, snapshot.offerId());
        KnownOffer offer = known != null ? known : new KnownOffer(snapshot.offerId(), snapshot.supplierId());
        offer.apply(snapshot, Instant.now());
        if (known == null) {
            em.persist(offer);
        }
    }

    /** Applies a certificate's announced state (added or revoked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CertificationSnapshot snapshot) {
        var em = getEntityManager();
        KnownCertification known = em.find(KnownCertification.class, snapshot.certificationId());
        KnownCertification certification = known != null ? known
                : new KnownCertification(snapshot.certificationId(), snapshot.supplierId());
        certification.apply(snapshot, Instant.now());
        if (known == null) {
            em.persist(certification);
        }
    }

    /**
     * Every supplier with at least one active offer, with its active offers and all its certificates
     * (the planner decides which are valid on the contract's dates). Three queries, whatever the size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupplierProfile> planningProfiles() {
        var em = getEntityManager();
        Map<UUID, List<SupplierOffer>> offers = em
                .createQuery("from KnownOffer where status = 'ACTIVE' order by id", KnownOffer.class)
                .getResultStream()
                .collect(Collectors.groupingBy(KnownOffer::supplierId, Collectors.mapping(KnownOffer::toPlanning,
                        Collectors.toList())));
        Map<UUID, List<Certificate>> certificates = em
                .createQuery("from KnownCertification order by id", KnownCertification.class)
                .getResultStream()
                .collect(Collectors.groupingBy(KnownCertification::supplierId,
                        Collectors.mapping(KnownCertification::toPlanning, Collectors.toList())));
        return find("id in ?1", Sort.by("id"), offers.keySet()).stream()
                .map(s -> s.toPlanning(offers.get(s.id()), certificates.getOrDefault(s.id(), List.of())))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownSupplier get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Supplier", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KnownSupplier> list(int page, int size) {
        var query = findAll(Sort.by("legalName").and("id")).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }
}
