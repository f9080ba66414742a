package fr.mutualim.supplier.service;

import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.MatchIndex;
import fr.mutualim.supplier.domain.MatchRules;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.SearchCriteria;
import fr.mutualim.supplier.domain.Supplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The matchmaking search: the suppliers that can serve every delivery point with enough of a
 * product in the months asked, holding the label asked for. Searches are answered from this
 * instance's {@link MatchIndex} (see {@link SearchIndex} for how fresh it is), which applies
 * {@link MatchRules}' rules; the tests hold it to a brute-force evaluation of MatchRules.
 *
 * <p>Ranking: coverage (every match covers all points, months and quantity, so it is 1), then the
 * capacity margin (largest first), the farthest delivery point (nearest first), short chain first,
 * and the supplier id to keep pages stable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierSearch {

    private final EntityManager em;
    private final SupplierDirectory directory;
    private final SearchIndex index;

    public SupplierSearch(EntityManager em, SupplierDirectory directory, SearchIndex index) {
        this.em = em;
        this.directory = directory;
        this.index = index;
    }

    /** One page of matches, best first, and how many there are in all. */
    public MatchIndex.Page search(SearchCriteria criteria, int page, int size) {
        return index.current().search(criteria, size, (long) page * size);
    }

    /** Why each offer of {@code supplierId} does or does not answer the search. */
    public Explanation explain(SearchCriteria criteria, UUID supplierId) {
        Supplier supplier = directory.get(supplierId);
        List<Certification> certifications = em.createQuery("from Certification where supplierId = ?1",
                Certification.class).setParameter(1, supplierId).getResultList();
        List<Offer> offers = em.createQuery("from Offer where supplierId = ?1 order by publishedAt, id", Offer.class)
                .setParameter(1, supplierId).getResultList();
        List<OfferFit> fits = offers.stream()
                .map(offer -> new OfferFit(offer, MatchRules.evaluate(criteria, supplier.details(), offer, certifications)))
                .toList();
        return new Explanation(supplier, fits);
    }

    public record OfferFit(Offer offer, MatchRules.Fit fit) {
    }

    public record Explanation(Supplier supplier, List<OfferFit> offers) {
    }
}
