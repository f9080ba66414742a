package fr.mutualim.lotplanner.domain.planning;

import java.util.List;

/** Everything the planner needs: the frozen demand campaign, the supplier directory and the buyer's parameters. */
public record PlanningInput(Campaign campaign, List<SupplierProfile> suppliers, PlanParameters parameters) {}
