package fr.mutualim.supplier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether one offer of one supplier answers a search, and if not, why: the rules of the search,
 * in plain Java. The service's {@link MatchIndex} applies the same rules to a snapshot for speed;
 * tests hold the two together.
 */
public final class MatchRules {

    private MatchRules() {
    }

    /** The offer's fit: its reasons for exclusion (none if it matches), its distance and margin. */
    public record Fit(List<String> exclusions, double maxDistanceKm, BigDecimal capacity, BigDecimal capacityMargin) {

        public boolean matches() {
            return exclusions.isEmpty();
        }
    }

    public static Fit evaluate(SearchCriteria criteria, SupplierDetails supplier, Offer offer,
                               Collection<Certification> certifications) {
        OfferDetails details = offer.details();
        List<String> exclusions = new ArrayList<>();
        if (offer.status() != OfferStatus.ACTIVE) {
            exclusions.add("offer " + offer.id() + " is withdrawn");
        }
        if (!CpvCode.startsWith(details.cpvCode(), criteria.cpvPrefix())) {
            exclusions.add("CPV code " + details.cpvCode() + " is not under " + criteria.cpvPrefix());
        }
        if (criteria.unit() != null && criteria.unit() != details.unit()) {
            exclusions.add("sold by " + details.unit() + ", not " + criteria.unit());
        }
        int wanted = Months.mask(criteria.months());
        if (!Months.covers(Months.mask(details.months()), wanted)) {
            exclusions.add("not available in months " + Months.of(wanted & ~Months.mask(details.months())));
        }
        BigDecimal capacity = details.capacityFor(criteria.months());
        if (capacity.compareTo(criteria.quantity()) < 0) {
            exclusions.add("capacity " + capacity.stripTrailingZeros().toPlainString() + " over those months is below "
                    + criteria.quantity().stripTrailingZeros().toPlainString());
        }
        GeoPoint home = new GeoPoint(supplier.latitude().doubleValue(), supplier.longitude().doubleValue());
        double maxDistance = 0;
        for (GeoPoint point : criteria.deliveryPoints()) {
            double distance = home.distanceKm(point);
            maxDistance = Math.max(maxDistance, distance);
            if (!home.within(point, supplier.deliveryRadiusKm())) {
                exclusions.add(String.format(java.util.Locale.ROOT, "delivery point (%.5f, %.5f) is %.1f km away, beyond its %d km radius",
                        point.latitude(), point.longitude(), distance, supplier.deliveryRadiusKm()));
            }
        }
        if (criteria.requiredLabel() != null && !LabelDerivation.on(criteria.referenceDate(), details, certifications)
                .egalimLabels().contains(criteria.requiredLabel())) {
            exclusions.add("no certificate valid on " + criteria.referenceDate() + " gives " + criteria.requiredLabel()
                    + " to " + details.productLabel());
        }
        // Rounded like PostgreSQL's round(numeric, 4), so that both rank ties alike.
        BigDecimal margin = capacity.subtract(criteria.quantity()).divide(criteria.quantity(), 4, RoundingMode.HALF_UP);
        return new Fit(List.copyOf(exclusions), maxDistance, capacity, margin);
    }
}
