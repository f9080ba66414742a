package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.util.Set;

/** What EGAlim counting needs of one purchase line: its family, its label codes and its amount (€ HT). */
public record PurchaseAmount(String family, Set<String> labels, BigDecimal amountExclTax) {
}
