package fr.mutualim.lotplanner.config;

import fr.mutualim.lotplanner.domain.planning.LotPlanner;
import fr.mutualim.lotplanner.domain.planning.ProcurementThresholds;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The framework-free planner and its dated thresholds, made injectable. */
public class PlanningBeans {

    /** Read once at startup: a malformed thresholds file stops the service instead of producing wrong plans. */
    @Produces
    @Singleton
    ProcurementThresholds thresholds() {
        return ProcurementThresholds.load();
    }

    @Produces
    @Singleton
    LotPlanner planner() {
        return new LotPlanner();
    }
}
