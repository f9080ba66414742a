package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Computes bio and durable-and-quality shares (domain.md §2). A line counts once: in bio if it is
 * organic (which also counts as durable-and-quality), else in durable-and-quality if it carries any
 * other EGAlim label. FRANCE, EUROPE, CIRCUIT_COURT and LOCAL are information only and never count.
 */
public final class ShareCalculator {

    /** The EGAlim label codes, organic first; the precedence between the others comes with issue 5. */
    static final Set<String> EGALIM_LABELS = Set.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareCalculator() {
    }

    public static Shares compute(Iterable<PurchaseAmount> lines) {
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal bio = BigDecimal.ZERO;
        BigDecimal durable = BigDecimal.ZERO;
        for (PurchaseAmount line : lines) {
            count++;
            total = total.add(line.amountExclTax());
            if (line.labels().contains("BIO")) {
                bio = bio.add(line.amountExclTax());
            }
            if (line.labels().stream().anyMatch(EGALIM_LABELS::contains)) {
                durable = durable.add(line.amountExclTax());
            }
        }
        return new Shares(count, total, bio, durable, percent(bio, total), percent(durable, total));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal total) {
        if (total.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }
}
