package fr.mutualim.buyer.domain.campaign;

import fr.mutualim.buyer.domain.ProductFamily;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A line as a caller sends it: its homogeneous category may be left out ({@code categoryCode}
 * null), and then comes from the CPV code through the nomenclature in force.
 */
public record DemandLineInput(String productLabel, String cpvCode, ProductFamily family, String categoryCode,
                              DemandUnit unit, Set<Integer> months, int deliveriesPerWeek,
                              BigDecimal estimatedUnitPriceExclTax, RequiredLabel requiredLabel,
                              List<SiteQuantity> quantities) {

    public static final String CATEGORY = "category";

    /** The line with its category, or why it cannot be made (JSON paths within the line). */
    public record Resolution(DemandLineDetails details, List<DemandLineDetails.Violation> violations) {
    }

    public Resolution resolve(Nomenclature nomenclature) {
        Optional<HomogeneousCategory> category = categoryCode == null ? nomenclature.categoryOf(cpvCode)
                : nomenclature.category(categoryCode);
        DemandLineDetails details = new DemandLineDetails(productLabel, cpvCode, family,
                category.orElse(new HomogeneousCategory("", "")), unit, new TreeSet<>(months), deliveriesPerWeek,
                estimatedUnitPriceExclTax, requiredLabel, quantities);
        List<DemandLineDetails.Violation> violations = new ArrayList<>();
        if (category.isEmpty()) {
            violations.add(new DemandLineDetails.Violation(CATEGORY, categoryCode == null
                    ? "CPV code " + cpvCode + " has no homogeneous category in the group's nomenclature; give one"
                    : "'" + categoryCode + "' is not a category of the group's nomenclature"));
        }
        violations.addAll(details.violations());
        return new Resolution(violations.isEmpty() ? details : null, violations);
    }
}
