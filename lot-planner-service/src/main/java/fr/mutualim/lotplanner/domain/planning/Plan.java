package fr.mutualim.lotplanner.domain.planning;

import java.util.List;

/**
 * A lot plan: lots in id order, figures, warnings for the buyer, a what-if award of the lots and the EGAlim shares it
 * would give.
 */
public record Plan(List<Lot> lots, PlanSummary summary, List<String> warnings, AwardScenario award, EgalimProjection egalim) {}
