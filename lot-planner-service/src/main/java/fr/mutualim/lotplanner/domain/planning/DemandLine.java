package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public record DemandLine(UUID lineId, int lineNumber, String productLabel, String cpvCode, String family,
        String categoryCode, String categoryLabel, String unit, Set<Integer> months, int deliveriesPerWeek,
        BigDecimal unitPrice, String requiredLabel, Map<UUID, BigDecimal> quantityPerSite) {
}
