package fr.mutualim.lotplanner.domain.planning;

import java.util.List;

public record PlanningInput(Campaign campaign, List<SupplierProfile> suppliers, PlanParameters parameters) {
}
