package fr.mutualim.supplier.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.LabelDerivation;
import fr.mutualim.supplier.domain.LabelDerivation.DerivedLabels;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.domain.OfferStatus;
import fr.mutualim.supplier.messaging.SupplierEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Use cases of suppliers' offers. */
@ApplicationScoped
@Transactional
public class Offers {

    private final SupplierDirectory directory;
    private final Certifications certifications;
    private final EntityManager em;
    private final Outbox outbox;
    private final SearchIndex search;

    public Offers(SupplierDirectory directory, Certifications certifications, EntityManager em, Outbox outbox,
                  SearchIndex search) {
        this.directory = directory;
        this.certifications = certifications;
        this.em = em;
        this.outbox = outbox;
        this.search = search;
    }

    public Offer publish(UUID supplierId, OfferDetails details, Caller caller) {
        directory.manageable(supplierId, caller);
        Offer offer = Offer.publish(UUID.randomUUID(), supplierId, details, now());
        em.persist(offer);
        outbox.append(SupplierEvents.offer(SupplierEvents.OFFER_PUBLISHED, offer));
        search.changing();
        return offer;
    }

    public Offer update(UUID supplierId, UUID offerId, OfferDetails details, Caller caller) {
        directory.manageable(supplierId, caller);
        Offer offer = active(supplierId, offerId);
        offer.update(details, now());
        outbox.append(SupplierEvents.offer(SupplierEvents.OFFER_UPDATED, offer));
        search.changing();
        return offer;
    }

    public Offer withdraw(UUID supplierId, UUID offerId, Caller caller) {
        directory.manageable(supplierId, caller);
        Offer offer = active(supplierId, offerId);
        offer.withdraw(now());
        outbox.append(SupplierEvents.offer(SupplierEvents.OFFER_WITHDRAWN, offer));
        search.changing();
        return offer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Offer get(UUID supplierId, UUID offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.supplierId().equals(supplierId)) {
            throw ProblemException.notFound("Offer", offerId);
        }
        return offer;
    }

    /**
     * A supplier's offers (withdrawn ones only if asked for, oldest first), each with the labels
     * its certifications give it on {@code date}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LabelledOffer> of(UUID supplierId, boolean includeWithdrawn, LocalDate date) {
        List<Certification> held = certifications.of(supplierId);
        return em.createQuery("from Offer where supplierId = ?1 and (?2 = true or status = ?3) order by publishedAt, id",
                        Offer.class)
                .setParameter(1, supplierId).setParameter(2, includeWithdrawn).setParameter(3, OfferStatus.ACTIVE)
                .getResultStream()
                .map(offer -> new LabelledOffer(offer, LabelDerivation.on(date, offer.details(), held)))
                .toList();
    }

    /** One offer with the labels it carries on a date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LabelledOffer labelled(UUID supplierId, UUID offerId, LocalDate date) {
        Offer offer = get(supplierId, offerId);
        return new LabelledOffer(offer, LabelDerivation.on(date, offer.details(), certifications.of(supplierId)));
    }

    /** An offer and its labels on a date. */
    public record LabelledOffer(Offer offer, DerivedLabels labels) {
    }

    private Offer active(UUID supplierId, UUID offerId) {
        Offer offer = get(supplierId, offerId);
        if (offer.status() != OfferStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Offer " + offerId + " was withdrawn; publish a new one");
        }
        return offer;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
