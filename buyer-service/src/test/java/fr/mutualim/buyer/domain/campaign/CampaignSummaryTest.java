package fr.mutualim.buyer.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.buyer.domain.ProductFamily;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignSummaryTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final HomogeneousCategory FRESH = new HomogeneousCategory("FRUITS_LEGUMES_FRAIS", "Frais");
    private static final HomogeneousCategory DAIRY = new HomogeneousCategory("PRODUITS_LAITIERS", "Laitiers");

    @Test
    void valuesAreQuantityTimesPriceRoundedToTheCentPerLineThenAddedUp() {
        DemandCampaign campaign = DemandCampaign.create(UUID.randomUUID(), UUID.randomUUID(), "C", null, Instant.EPOCH);
        campaign.addLine(line(FRESH, "0.33", quantity(A, "10.005"), quantity(B, "1")), Instant.EPOCH);
        campaign.addLine(line(DAIRY, "1.00", quantity(B, "2")), Instant.EPOCH);
        campaign.addLine(line(FRESH, "0.10", quantity(A, "0.045")), Instant.EPOCH);

        CampaignSummary summary = CampaignSummary.of(campaign.lines());

        assertEquals(new BigDecimal("11.005"), summary.lines().get(0).totalQuantityPerYear());
        assertEquals(new BigDecimal("3.63"), summary.lines().get(0).estimatedAnnualValueExclTax(), "3.63165");
        assertEquals(new BigDecimal("0.00"), summary.lines().get(2).estimatedAnnualValueExclTax(), "0.0045");
        assertEquals(2, summary.lines().get(0).siteCount());
        assertEquals(List.of(FRESH, DAIRY), summary.categories().stream().map(CampaignSummary.Category::category).toList());
        assertEquals(2, summary.categories().get(0).lineCount());
        assertEquals(new BigDecimal("3.63"), summary.categories().get(0).estimatedAnnualValueExclTax());
        assertEquals(new BigDecimal("5.63"), summary.estimatedAnnualValueExclTax());
        assertEquals(3, summary.lineCount());
        assertEquals(2, summary.siteCount());
    }

    @Test
    void anEmptyCampaignAddsUpToZero() {
        CampaignSummary summary = CampaignSummary.of(List.of());
        assertEquals(new BigDecimal("0.00"), summary.estimatedAnnualValueExclTax());
        assertEquals(0, summary.siteCount());
    }

    private static SiteQuantity quantity(UUID canteen, String quantity) {
        return new SiteQuantity(canteen, new BigDecimal(quantity).setScale(3));
    }

    private static DemandLineDetails line(HomogeneousCategory category, String price, SiteQuantity... quantities) {
        return new DemandLineDetails("P", "03222321-9", ProductFamily.FRUITS_ET_LEGUMES, category, DemandUnit.KG,
                new TreeSet<>(Set.of(1)), 1, new BigDecimal(price), null, List.of(quantities));
    }
}
