package fr.mutualim.supplier.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Set;

/**
 * What a supplier offers: a product (label, CPV code, family), how much a year and in which
 * months, at what indicative price, how processed (1st to 5th "gamme") and on which days it delivers.
 * Its labels are not here: they follow from the supplier's certifications (see {@link LabelDerivation}).
 */
public record OfferDetails(String productLabel, String cpvCode, ProductFamily family, Unit unit,
                           BigDecimal annualCapacity, Set<Integer> months, BigDecimal monthlyCapacity,
                           BigDecimal unitPriceExclTax, int processingLevel, Set<DayOfWeek> deliveryDays) {

    public OfferDetails {
        months = Set.copyOf(months);
        deliveryDays = Set.copyOf(deliveryDays);
        if (!CpvCode.isValid(cpvCode)) {
            throw new IllegalArgumentException("CPV code " + cpvCode + " is not of the form 03221000-6");
        }
        if (months.isEmpty()) {
            throw new IllegalArgumentException("an offer is available in at least one month");
        }
        Months.mask(months);
    }

    /**
     * Whether the offer can deliver {@code quantity} over {@code requestedMonths}: available in each
     * of them, enough a year, and, where a monthly capacity is declared, enough in those months.
     */
    public boolean canSupply(BigDecimal quantity, Set<Integer> requestedMonths) {
        return Months.covers(Months.mask(months), Months.mask(requestedMonths)) && capacityFor(requestedMonths).compareTo(quantity) >= 0;
    }

    /** The most the offer can deliver over {@code requestedMonths}. */
    public BigDecimal capacityFor(Set<Integer> requestedMonths) {
        if (monthlyCapacity == null) {
            return annualCapacity;
        }
        return annualCapacity.min(monthlyCapacity.multiply(BigDecimal.valueOf(requestedMonths.size())));
    }
}
