package fr.mutualim.supplier.service;

import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.CertificationType;
import fr.mutualim.supplier.domain.GeoPoint;
import fr.mutualim.supplier.domain.LabelDerivation;
import fr.mutualim.supplier.domain.MatchRules;
import fr.mutualim.supplier.domain.Months;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.SearchCriteria;
import fr.mutualim.supplier.domain.Supplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the two to the same answers.
 *
 * <p>Ranking: coverage (every match covers all points, months and quantity, so it is 1), then the
 * capacity margin (largest first), the farthest delivery point (nearest first), short chain first,
 * and the supplier id to keep pages stable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierSearch {

    /** Haversine distance from the supplier to delivery point {@code i}, in km, in SQL. */
    private static final String DISTANCE = "(2 * " + GeoPoint.EARTH_RADIUS_KM + " * asin(least(1, sqrt("
            + "power(sin(radians(:lat%1$d - s.latitude::float8) / 2), 2) + cos(radians(s.latitude::float8))"
            + " * cos(radians(:lat%1$d)) * power(sin(radians(:lon%1$d - s.longitude::float8) / 2), 2)))))";

    private final EntityManager em;
    private final SupplierDirectory directory;

    public SupplierSearch(EntityManager em, SupplierDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    /** One page of matches, best first, and how many there are in all. */
    public Results search(SearchCriteria criteria, int page, int size) {
        Query query = em.createNativeQuery(sql(criteria));
        bind(query, criteria);
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
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

    private String sql(SearchCriteria criteria) {
        StringBuilder where = new StringBuilder("""
                o.status = 'ACTIVE' and o.cpv_code like :prefix and (o.months_mask & :mask) = :mask
                and least(o.annual_capacity, coalesce(o.monthly_capacity * :monthCount, o.annual_capacity)) >= :quantity
                """);
        List<String> distances = new ArrayList<>();
        for (int i = 0; i < criteria.deliveryPoints().size(); i++) {
            String distance = DISTANCE.formatted(i);
            distances.add(distance);
            where.append(" and ").append(distance).append(" <= s.delivery_radius_km\n");
        }
        if (criteria.unit() != null) {
            where.append(" and o.unit = :unit\n");
        }
        if (criteria.requiredLabel() != null) {
            where.append("""
                     and exists (select 1 from certification c where c.supplier_id = s.id and c.type in (:labelTypes)
                       and c.valid_from <= :date and c.valid_until >= :date and (c.revoked_on is null or c.revoked_on > :date)
                       and ((',' || c.scope_families || ',') like ('%,' || o.family || ',%')
                            or exists (select 1 from unnest(string_to_array(nullif(c.scope_cpv_prefixes, ''), ',')) p(prefix)
                                       where o.cpv_code like p.prefix || '%')))
                    """);
        }
        String maxDistance = distances.size() == 1 ? distances.get(0) : "greatest(" + String.join(", ", distances) + ")";
        return """
                with candidates as (
                  select s.id as supplier_id, o.id as offer_id, s.intermediaries,
                         least(o.annual_capacity, coalesce(o.monthly_capacity * :monthCount, o.annual_capacity)) as capacity,
                         %s as max_distance
                  from offer o join supplier s on s.id = o.supplier_id
                  where %s
                ), best as (
                  select distinct on (supplier_id) supplier_id, offer_id, intermediaries, capacity, max_distance,
                         round((capacity - :quantity) / :quantity, 4) as margin
                  from candidates order by supplier_id, capacity desc, offer_id::text
                )
                select supplier_id, offer_id, margin, max_distance, count(*) over () as total
                from best
                order by margin desc, max_distance asc, (intermediaries <= 1) desc, supplier_id::text
                limit :limit offset :offset
                """.formatted(maxDistance, where);
    }

    private static void bind(Query query, SearchCriteria criteria) {
        query.setParameter("prefix", criteria.cpvPrefix() + "%")
                .setParameter("mask", Months.mask(criteria.months()))
                .setParameter("monthCount", BigDecimal.valueOf(criteria.months().size()))
                .setParameter("quantity", criteria.quantity());
        for (int i = 0; i < criteria.deliveryPoints().size(); i++) {
            query.setParameter("lat" + i, criteria.deliveryPoints().get(i).latitude())
                    .setParameter("lon" + i, criteria.deliveryPoints().get(i).longitude());
        }
        if (criteria.unit() != null) {
            query.setParameter("unit", criteria.unit().name());
        }
        if (criteria.requiredLabel() != null) {
            query.setParameter("labelTypes", Arrays.stream(CertificationType.values())
                            .filter(type -> type.egalimLabel().filter(criteria.requiredLabel()::equals).isPresent())
                            .map(Enum::name).toList())
                    .setParameter("date", criteria.referenceDate());
        }
    }

    /** A page past the end has no row to carry the total: count on the first page instead. */
    private long countBeyondPage(SearchCriteria criteria, int page) {
        if (page == 0) {
            return 0;
        }
        Query query = em.createNativeQuery(sql(criteria));
        bind(query, criteria);
        query.setParameter("limit", 1).setParameter("offset", 0L);
        List<?> rows = query.getResultList();
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
