package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import fr.mutualim.buyer.domain.campaign.DemandLine;
import fr.mutualim.buyer.domain.campaign.DemandLineDetails;
import fr.mutualim.buyer.domain.campaign.HomogeneousCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a demand campaign, with its lines.")
public record DemandCampaignResponse(
        @Schema(example = "7c1e9a52-0b7e-4d51-9d3e-3f2a1b0c9d8e") UUID campaignId,
        @Schema(example = "1", description = "1 at creation, + 1 on each revision") int version,
        @Schema(example = "2f0b6c1e-8a4d-4e5f-9b7c-1d2e3f4a5b6c") UUID groupId,
        @Schema(example = "Denrées alimentaires 2027-2030") String name,
        @Schema(example = "Restauration scolaire des collèges du groupement") String description,
        @Schema(example = "DRAFT", description = "DRAFT (lines may change) or SUBMITTED (frozen)") String status,
        List<Line> lines,
        @Schema(description = "When the campaign was created") Instant createdAt,
        @Schema(description = "When this version last changed") Instant changedAt,
        @Schema(description = "When this version was submitted; null while DRAFT") Instant submittedAt) {

    @Schema(name = "DemandLine", description = "A line of a demand campaign.")
    public record Line(
            @Schema(example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", description = "Kept across versions") UUID lineId,
            @Schema(example = "1", description = "1 to n in this version") int lineNumber,
            @Schema(example = "Pommes de table") String productLabel,
            @Schema(example = "03222321-9") String cpvCode,
            @Schema(example = "FRUITS_ET_LEGUMES") String family,
            Category category,
            @Schema(example = "KG") String unit,
            @Schema(example = "[1, 2, 3, 9, 10, 11, 12]") List<Integer> months,
            @Schema(example = "2") int deliveriesPerWeek,
            @Schema(example = "1.40") BigDecimal estimatedUnitPriceExclTax,
            @Schema(example = "BIO") String requiredLabel,
            List<DemandLineRequest.Quantity> quantities) {

        static Line from(DemandLine line) {
            DemandLineDetails d = line.details();
            return new Line(line.lineId(), line.lineNumber(), d.productLabel(), d.cpvCode(), d.family().name(),
                    Category.from(d.category()), d.unit().name(), List.copyOf(d.months()), d.deliveriesPerWeek(),
                    d.estimatedUnitPriceExclTax(), d.requiredLabel() == null ? null : d.requiredLabel().name(),
                    d.quantities().stream()
                            .map(q -> new DemandLineRequest.Quantity(q.canteenId(), q.quantityPerYear())).toList());
        }
    }

    @Schema(name = "HomogeneousCategory", description = "A homogeneous category (catégorie homogène).")
    public record Category(@Schema(example = "FRUITS_LEGUMES_FRAIS") String code,
                           @Schema(example = "Fruits et légumes frais") String label) {

        static Category from(HomogeneousCategory category) {
            return new Category(category.code(), category.label());
        }
    }

    static DemandCampaignResponse from(DemandCampaign c) {
        return new DemandCampaignResponse(c.campaignId(), c.version(), c.groupId(), c.name(), c.description(),
                c.status().name(), c.lines().stream().map(Line::from).toList(), c.createdAt(), c.changedAt(),
                c.submittedAt());
    }
}
