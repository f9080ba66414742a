package fr.mutualim.buyer.domain.campaign;

import fr.mutualim.buyer.domain.ProductFamily;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a line of a demand campaign declares: one product, its homogeneous category (already
 * resolved), when and how often it is delivered, its estimated price, and the quantity each
 * delivery site needs a year. {@code requiredLabel} may be null.
 */
public record DemandLineDetails(String productLabel, String cpvCode, ProductFamily family, HomogeneousCategory category,
                                DemandUnit unit, SortedSet<Integer> months, int deliveriesPerWeek,
                                BigDecimal estimatedUnitPriceExclTax, RequiredLabel requiredLabel,
                                List<SiteQuantity> quantities) {

    public static final String QUANTITIES = "quantities";

    public DemandLineDetails {
        months = new TreeSet<>(months);
        quantities = List.copyOf(quantities);
    }

    /** One broken rule: which field (a JSON path within the line), and why. */
    public record Violation(String field, String message) {
    }

    /** Each site at most once. (Whether it is a member of the group is the caller's check.) */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < quantities.size(); i++) {
            Integer first = seen.putIfAbsent(quantities.get(i).canteenId(), i);
            if (first != null) {
                violations.add(new Violation(site(i), "canteen " + quantities.get(i).canteenId()
                        + " already has a quantity (quantities[" + first + "])"));
            }
        }
        return violations;
    }

    /** The JSON path of the i-th site's canteen. */
    public static String site(int i) {
        return QUANTITIES + "[" + i + "].canteenId";
    }
}
