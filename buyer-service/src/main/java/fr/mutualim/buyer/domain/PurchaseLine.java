package fr.mutualim.buyer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What was bought, when, from whom and for how much (€ HT). {@code localDefinition} and
 * {@code localDistanceKm} say what "local" means for this line, when the buyer declared it.
 */
public record PurchaseLine(LocalDate date, String supplierName, String supplierSiret, String description,
                           ProductFamily family, Set<PurchaseLabel> labels, BigDecimal amountExclTax, boolean local,
                           LocalDefinition localDefinition, Integer localDistanceKm) {
}
