package fr.mutualim.benchmarks;

import fr.mutualim.supplier.domain.CertificationType;
import fr.mutualim.supplier.domain.GeoPoint;
import fr.mutualim.supplier.domain.Months;
import fr.mutualim.supplier.domain.SearchCriteria;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matchmaking search as one SQL query, with its named parameters: the match rules in one query
 * that filters, keeps each supplier's best offer, ranks and pages, with the total in every row. The
 * service ran it until it answered from its in-memory index (supplier-service's MatchIndex); it stays
 * here as the benchmark's baseline, "the same query run directly in PostgreSQL".
 *
 * @see fr.mutualim.supplier.domain.MatchRules
 */
public record SearchQuery(String sql, Map<String, Object> parameters) {

    /** Dot product of the supplier's unit vector and delivery point {@code i}'s: the cosine of their angle. */
    private static final String DOT = "(s.geo_x * :x%1$d + s.geo_y * :y%1$d + s.geo_z * :z%1$d)";

    /** Rows: supplier id, offer id, capacity margin, farthest distance (km), total matches. */
    public static SearchQuery of(SearchCriteria criteria, int limit, long offset) {
        return new SearchQuery(sql(criteria), parameters(criteria, limit, offset));
    }

    private static String sql(SearchCriteria criteria) {
        List<String> dots = new ArrayList<>();
        StringBuilder reach = new StringBuilder("true");
        for (int i = 0; i < criteria.deliveryPoints().size(); i++) {
            String dot = DOT.formatted(i);
            dots.add(dot);
            reach.append(" and ").append(dot).append(" >= s.reach_cos");
        }
        StringBuilder offers = new StringBuilder("""
                o.status = 'ACTIVE' and o.cpv_code like :prefix and (o.months_mask & :mask) = :mask
                and least(o.annual_capacity, coalesce(o.monthly_capacity * :monthCount, o.annual_capacity)) >= :quantity
                """);
        if (criteria.unit() != null) {
            offers.append(" and o.unit = :unit\n");
        }
        if (criteria.requiredLabel() != null) {
            offers.append("""
                     and exists (select 1 from certification c where c.supplier_id = n.id and c.type in (:labelTypes)
                       and c.valid_from <= :date and c.valid_until >= :date and (c.revoked_on is null or c.revoked_on > :date)
                       and ((',' || c.scope_families || ',') like ('%,' || o.family || ',%')
                            or exists (select 1 from unnest(string_to_array(nullif(c.scope_cpv_prefixes, ''), ',')) p(prefix)
                                       where o.cpv_code like p.prefix || '%')))
                    """);
        }
        String minDot = dots.size() == 1 ? dots.get(0) : "least(" + String.join(", ", dots) + ")";
        // Suppliers that reach every point are found first, once each (the planner misjudges how many
        // offers a CPV prefix keeps, and would otherwise look suppliers up offer by offer).
        return """
                with near as materialized (
                  select s.id, s.intermediaries, %s as min_dot from supplier s where %s
                ), candidates as (
                  select n.id as supplier_id, o.id as offer_id, n.intermediaries, n.min_dot,
                         least(o.annual_capacity, coalesce(o.monthly_capacity * :monthCount, o.annual_capacity)) as capacity
                  from near n join offer o on o.supplier_id = n.id
                  where %s
                ), best as (
                  select distinct on (supplier_id) supplier_id, offer_id, intermediaries, capacity, min_dot,
                         round((capacity - :quantity) / :quantity, 4) as margin
                  from candidates order by supplier_id, capacity desc, offer_id::text
                )
                select supplier_id, offer_id, margin, %s * acos(least(1, min_dot)) as max_distance, count(*) over () as total
                from best
                order by margin desc, min_dot desc, (intermediaries <= 1) desc, supplier_id::text
                limit :limit offset :offset
                """.formatted(minDot, reach, offers, GeoPoint.EARTH_RADIUS_KM);
    }

    private static Map<String, Object> parameters(SearchCriteria criteria, int limit, long offset) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("prefix", criteria.cpvPrefix() + "%");
        parameters.put("mask", Months.mask(criteria.months()));
        parameters.put("monthCount", BigDecimal.valueOf(criteria.months().size()));
        parameters.put("quantity", criteria.quantity());
        for (int i = 0; i < criteria.deliveryPoints().size(); i++) {
            double[] vector = criteria.deliveryPoints().get(i).unitVector();
            parameters.put("x" + i, vector[0]);
            parameters.put("y" + i, vector[1]);
            parameters.put("z" + i, vector[2]);
        }
        if (criteria.unit() != null) {
            parameters.put("unit", criteria.unit().name());
        }
        if (criteria.requiredLabel() != null) {
            parameters.put("labelTypes", Arrays.stream(CertificationType.values())
                    .filter(type -> type.egalimLabel().filter(criteria.requiredLabel()::equals).isPresent())
                    .map(Enum::name).toList());
            parameters.put("date", criteria.referenceDate());
        }
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return parameters;
    }
}
