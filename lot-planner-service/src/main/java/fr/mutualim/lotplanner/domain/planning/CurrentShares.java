package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The EGAlim shares the group's delivery sites reach now, from their past purchase lines over {@code period}: what the
 * projection is compared with. A line counts once, by {@link EgalimLabels}. Amounts in euros HT; shares are percent
 * with 2 decimals, null when nothing was bought. {@code sitesWithPurchases} of the {@code sites} have a line counted.
 */
public record CurrentShares(PurchasePeriod period, int sites, int sitesWithPurchases, long purchaseLines, BigDecimal total,
        BigDecimal bio, BigDecimal durableAndQuality, BigDecimal bioShare, BigDecimal durableAndQualityShare) {

    public static CurrentShares of(PurchasePeriod period, int sites, int sitesWithPurchases, long purchaseLines,
            BigDecimal total, BigDecimal bio, BigDecimal durableAndQuality) {
        return new CurrentShares(period, sites, sitesWithPurchases, purchaseLines, total.setScale(2), bio.setScale(2),
                durableAndQuality.setScale(2), share(bio, total), share(durableAndQuality, total));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : LotPlanner.share(part, total);
    }

    /** What the buyer must know before reading these figures beside the projection. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (purchaseLines == 0) {
            out.add("current EGAlim shares: no purchase is known for the delivery sites from " + period.from() + " to "
                    + period.to() + "; only the projection can be read");
        } else if (sitesWithPurchases < sites) {
            out.add("current EGAlim shares: purchases are known for " + sitesWithPurchases + " of the " + sites
                    + " delivery sites from " + period.from() + " to " + period.to());
        }
        return out;
    }
}
