package fr.mutualim.lotplanner.domain;

import fr.mutualim.lotplanner.domain.planning.Plan;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import java.util.List;
import java.util.UUID;

/**
 * Everything a stored plan shows, frozen when it is computed: the plan, and the names of the lines,
 * sites and group it refers to (a later revision of the campaign must not rename an older plan's lots).
 */
public record PlanDocument(String campaignName, String campaignDescription, String groupName, String coordinator,
                           List<LineRef> lines, List<SiteRef> sites, PlanParameters parameters, Plan plan) {

    public record LineRef(UUID lineId, int lineNumber, String productLabel, String cpvCode, String family, String unit,
                          String requiredLabel) {
    }

    public record SiteRef(UUID canteenId, String name, String commune, String postalCode) {
    }
}
