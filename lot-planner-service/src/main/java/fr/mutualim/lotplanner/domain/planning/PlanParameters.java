package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PlanParameters(LocalDate launchDate, LocalDate contractStart, int durationMonths, int minLocalSuppliers,
        int localRadiusKm, int maxIntermediaries, Integer maxLots, BigDecimal minLotValue, Integer maxLotsPerWinner) {
}
