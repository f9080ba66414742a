package fr.mutualim.supplier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "Who can really supply this?": products under a CPV prefix, a quantity over some months, to every
 * one of the delivery points, with a label if one is required, as of a reference date.
 */
public record SearchCriteria(String cpvPrefix, BigDecimal quantity, Unit unit, Set<Integer> months,
                             List<GeoPoint> deliveryPoints, String requiredLabel, LocalDate referenceDate) {

    public SearchCriteria {
        months = Set.copyOf(months);
        deliveryPoints = List.copyOf(deliveryPoints);
    }

    /**
     * The prefix a CPV code stands for: its digits without the check digit and without trailing
     * zeros, which only say "the whole category" ({@code 15500000-3} is every dairy product, "155").
     */
    public static String prefixOf(String codeOrPrefix) {
        String digits = codeOrPrefix.contains("-") ? codeOrPrefix.substring(0, codeOrPrefix.indexOf('-')) : codeOrPrefix;
        String trimmed = digits.replaceFirst("0+$", "");
        return trimmed.length() < 2 ? digits.substring(0, 2) : trimmed;
    }
}
