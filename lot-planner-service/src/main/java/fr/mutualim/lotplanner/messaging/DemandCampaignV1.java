package fr.mutualim.lotplanner.messaging;

import fr.mutualim.lotplanner.domain.planning.Campaign;
import fr.mutualim.lotplanner.domain.planning.DeliverySite;
import fr.mutualim.lotplanner.domain.planning.DemandLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** This service's reading of buyer-service's demand-campaign-submitted.v1 (docs/events.md). */
public record DemandCampaignV1(UUID campaignId, int version, UUID groupId, String name, String description,
                               Instant submittedAt, List<Site> sites, List<Line> lines) {

    public record Site(UUID canteenId, String name, String siret, String postalCode, String commune,
                       String inseeCode, String departmentCode, double latitude, double longitude) {
    }

    public record Category(String code, String label) {
    }

    public record Quantity(UUID canteenId, BigDecimal quantityPerYear) {
    }

    public record Line(UUID lineId, int lineNumber, String productLabel, String cpvCode, String family,
                       Category category, String unit, Set<Integer> months, int deliveriesPerWeek,
                       BigDecimal estimatedUnitPriceExclTax, String requiredLabel, List<Quantity> quantities) {

        DemandLine toPlanning() {
            Map<UUID, BigDecimal> perSite = new LinkedHashMap<>();
            quantities.forEach(q -> perSite.merge(q.canteenId(), q.quantityPerYear(), BigDecimal::add));
            return new DemandLine(lineId, lineNumber, productLabel, cpvCode, family, category.code(),
                    category.label(), unit, new TreeSet<>(months), deliveriesPerWeek, estimatedUnitPriceExclTax,
                    requiredLabel, perSite);
        }
    }

    /** The campaign as the planning domain sees it. */
    public Campaign toPlanning() {
        return new Campaign(campaignId, version, groupId, name,
                sites.stream().map(s -> new DeliverySite(s.canteenId(), s.name(), s.latitude(), s.longitude(), s.commune()))
                        .toList(),
                lines.stream().map(Line::toPlanning).toList());
    }
}
