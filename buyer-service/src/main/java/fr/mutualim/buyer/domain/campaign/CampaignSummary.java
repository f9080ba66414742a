package fr.mutualim.buyer.domain.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A campaign's needs added up across its delivery sites: per line, per homogeneous category
 * (whose totals decide the procedure, CCP R2121-6), and for the whole campaign. Values are the
 * annual quantity times the estimated unit price, € HT, rounded to the cent per line.
 */
public record CampaignSummary(List<Line> lines, List<Category> categories, int lineCount, int siteCount,
                              BigDecimal estimatedAnnualValueExclTax) {

    public record Line(UUID lineId, int lineNumber, String productLabel, String cpvCode, HomogeneousCategory category,
                       DemandUnit unit, BigDecimal totalQuantityPerYear, int siteCount,
                       BigDecimal estimatedAnnualValueExclTax) {
    }

    public record Category(HomogeneousCategory category, int lineCount, BigDecimal estimatedAnnualValueExclTax) {
    }

    public static CampaignSummary of(List<DemandLine> lines) {
        Set<UUID> sites = new HashSet<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<Line> summaries = lines.stream().map(CampaignSummary::line).toList();
        for (int i = 0; i < lines.size(); i++) {
            Line line = summaries.get(i);
            lines.get(i).details().quantities().forEach(q -> sites.add(q.canteenId()));
            categories.merge(line.category().code(), new Category(line.category(), 1, line.estimatedAnnualValueExclTax()),
                    (a, b) -> new Category(a.category(), a.lineCount() + 1,
                            a.estimatedAnnualValueExclTax().add(b.estimatedAnnualValueExclTax())));
            total = total.add(line.estimatedAnnualValueExclTax());
        }
        return new CampaignSummary(summaries, List.copyOf(categories.values()), lines.size(), sites.size(), total);
    }

    private static Line line(DemandLine line) {
        DemandLineDetails d = line.details();
        BigDecimal quantity = d.quantities().stream().map(SiteQuantity::quantityPerYear)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(3, RoundingMode.UNNECESSARY);
        BigDecimal value = quantity.multiply(d.estimatedUnitPriceExclTax()).setScale(2, RoundingMode.HALF_UP);
        return new Line(line.lineId(), line.lineNumber(), d.productLabel(), d.cpvCode(), d.category(), d.unit(), quantity,
                d.quantities().size(), value);
    }
}
