package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A what-if award: each lot to one eligible supplier, greedily by lot value, within every supplier's capacity across
 * all the lots it wins and within maxLotsPerWinner. Lots no eligible supplier can still take are listed unassigned.
 */
public record AwardScenario(List<Award> awards, List<String> unassignedLotIds) {

    public record Award(String lotId, UUID supplierId, String name, boolean localShortChain, BigDecimal annualValue) {}
}
