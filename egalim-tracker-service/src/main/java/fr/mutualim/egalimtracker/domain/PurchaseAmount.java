package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What counting needs of one purchase line: its date, family, label codes, amount (€ HT) and whether
 * it was bought locally, with the canteen's definition of local (null when not declared).
 */
public record PurchaseAmount(LocalDate date, Family family, Set<String> labels, BigDecimal amountExclTax,
                             boolean local, String localDefinition) {

    public PurchaseAmount {
        labels = Set.copyOf(labels);
    }

    public PurchaseAmount withLabels(Set<String> newLabels) {
        return new PurchaseAmount(date, family, newLabels, amountExclTax, local, localDefinition);
    }
}
