package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A lot plan: lots in id order, figures, warnings for the buyer, a what-if award of the lots and the EGAlim shares it
 * would give.
 */
public record Plan(List<Lot> lots, PlanSummary summary, List<String> warnings, AwardScenario award, EgalimProjection egalim) {

    /** The plan with the group's current shares beside its projection, and what they leave unknown among the warnings. */
    public Plan withCurrentShares(CurrentShares current) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(current.warnings());
        return new Plan(lots, summary, List.copyOf(all), award, egalim.withCurrent(current));
    }
}
