package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.campaign.CampaignSummary;
import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A campaign's current version added up across its delivery sites. Values are annual quantity "
        + "times estimated unit price, € HT, rounded to the cent per line.")
public record CampaignSummaryResponse(
        @Schema(example = "7c1e9a52-0b7e-4d51-9d3e-3f2a1b0c9d8e") UUID campaignId,
        @Schema(example = "2") int version,
        List<Line> lines,
        @Schema(description = "Per homogeneous category, in the order of their first line: the totals that decide the "
                + "procedure") List<Category> categories,
        @Schema(example = "36") int lineCount,
        @Schema(example = "12", description = "delivery sites with a quantity on some line") int siteCount,
        @Schema(example = "184320.50") BigDecimal estimatedAnnualValueExclTax) {

    @Schema(name = "CampaignSummaryLine")
    public record Line(
            @Schema(example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID lineId,
            @Schema(example = "1") int lineNumber,
            @Schema(example = "Pommes de table") String productLabel,
            @Schema(example = "03222321-9") String cpvCode,
            DemandCampaignResponse.Category category,
            @Schema(example = "KG") String unit,
            @Schema(example = "14400.000") BigDecimal totalQuantityPerYear,
            @Schema(example = "12") int siteCount,
            @Schema(example = "20160.00") BigDecimal estimatedAnnualValueExclTax) {
    }

    @Schema(name = "CampaignSummaryCategory")
    public record Category(
            DemandCampaignResponse.Category category,
            @Schema(example = "8") int lineCount,
            @Schema(example = "61200.00") BigDecimal estimatedAnnualValueExclTax) {
    }

    static CampaignSummaryResponse from(DemandCampaign campaign) {
        CampaignSummary s = CampaignSummary.of(campaign.lines());
        return new CampaignSummaryResponse(campaign.campaignId(), campaign.version(),
                s.lines().stream().map(l -> new Line(l.lineId(), l.lineNumber(), l.productLabel(), l.cpvCode(),
                        DemandCampaignResponse.Category.from(l.category()), l.unit().name(), l.totalQuantityPerYear(),
                        l.siteCount(), l.estimatedAnnualValueExclTax())).toList(),
                s.categories().stream().map(c -> new Category(DemandCampaignResponse.Category.from(c.category()),
                        c.lineCount(), c.estimatedAnnualValueExclTax())).toList(),
                s.lineCount(), s.siteCount(), s.estimatedAnnualValueExclTax());
    }
}
