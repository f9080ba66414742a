package fr.mutualim.supplier.service;

import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.LabelDerivation;
import fr.mutualim.supplier.domain.MatchRules;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.SearchCriteria;
import fr.mutualim.supplier.domain.Supplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The matchmaking search: the suppliers that can serve every delivery point with enough of a
 * product in the months asked, holding the label asked for. One SQL query filters, picks each
 * supplier's best offer, ranks and pages; it applies {@link MatchRules} in SQL, and the tests hold
 * the two to the same answers. The SQL itself is {@link SearchQuery}.
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

    public SupplierSearch(EntityManager em, SupplierDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    /** One page of matches, best first, and how many there are in all. */
    public Results search(SearchCriteria criteria, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(criteria, size, (long) page * size).getResultList();
        long total = rows.isEmpty() ? countBeyondPage(criteria, page) : ((Number) rows.get(0)[4]).longValue();
        return new Results(details(criteria, rows), total);
    }

    /** Why each offer of {@code supplierId} does or does not answer the search. */
    public Explanation explain(SearchCriteria criteria, UUID supplierId) {
        Supplier supplier = directory.get(supplierId);
        List<Certification> certifications = certificationsOf(List.of(supplierId)).getOrDefault(supplierId, List.of());
        List<Offer> offers = em.createQuery("from Offer where supplierId = ?1 order by publishedAt, id", Offer.class)
                .setParameter(1, supplierId).getResultList();
        List<OfferFit> fits = offers.stream()
                .map(offer -> new OfferFit(offer, MatchRules.evaluate(criteria, supplier.details(), offer, certifications)))
                .toList();
        return new Explanation(supplier, fits);
    }

    private Query query(SearchCriteria criteria, int limit, long offset) {
        SearchQuery search = SearchQuery.of(criteria, limit, offset);
        Query query = em.createNativeQuery(search.sql());
        search.parameters().forEach(query::setParameter);
        return query;
    }

    /** A page past the end has no row to carry the total: count on the first page instead. */
    private long countBeyondPage(SearchCriteria criteria, int page) {
        if (page == 0) {
            return 0;
        }
        List<?> rows = query(criteria, 1, 0).getResultList();
        return rows.isEmpty() ? 0 : ((Number) ((Object[]) rows.get(0))[4]).longValue();
    }

    private List<Match> details(SearchCriteria criteria, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> supplierIds = rows.stream().map(row -> (UUID) row[0]).toList();
        List<UUID> offerIds = rows.stream().map(row -> (UUID) row[1]).toList();
        Map<UUID, Supplier> suppliers = byId(em.createQuery("from Supplier where id in ?1", Supplier.class)
                .setParameter(1, supplierIds).getResultList(), Supplier::id);
        Map<UUID, Offer> offers = byId(em.createQuery("from Offer where id in ?1", Offer.class)
                .setParameter(1, offerIds).getResultList(), Offer::id);
        Map<UUID, List<Certification>> certifications = certificationsOf(supplierIds);
        return rows.stream().map(row -> {
            Offer offer = offers.get((UUID) row[1]);
            var labels = LabelDerivation.on(criteria.referenceDate(), offer.details(),
                    certifications.getOrDefault(offer.supplierId(), List.of()));
            return new Match(suppliers.get((UUID) row[0]), offer, offer.details().capacityFor(criteria.months()),
                    (BigDecimal) row[2], ((Number) row[3]).doubleValue(), labels);
        }).toList();
    }

    private Map<UUID, List<Certification>> certificationsOf(Collection<UUID> supplierIds) {
        return em.createQuery("from Certification where supplierId in ?1", Certification.class)
                .setParameter(1, supplierIds).getResultStream()
                .collect(Collectors.groupingBy(Certification::supplierId));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** A supplier that answers, with the offer that answers best. */
    public record Match(Supplier supplier, Offer offer, BigDecimal capacity, BigDecimal capacityMargin,
                        double maxDistanceKm, LabelDerivation.DerivedLabels labels) {
    }

    public record Results(List<Match> matches, long total) {
    }

    public record OfferFit(Offer offer, MatchRules.Fit fit) {
    }

    public record Explanation(Supplier supplier, List<OfferFit> offers) {
    }
}
