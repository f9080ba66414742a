package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Buyer parameters. {@code durationMonths} includes renewals (R2121-1); {@code minLocalSuppliers} is k (default 2);
 * {@code localRadiusKm} (default 100) and {@code maxIntermediaries} (default 1) define "local short chain" for
 * analysis only; {@code maxLots}, {@code minLotValue} (annual, euros HT) and {@code maxLotsPerWinner} are optional.
 */
public record PlanParameters(LocalDate launchDate, LocalDate contractStart, int durationMonths, int minLocalSuppliers,
        int localRadiusKm, int maxIntermediaries, Integer maxLots, BigDecimal minLotValue, Integer maxLotsPerWinner) {

    /** Parameters with the defaults of the issue (k = 2, 100 km, 1 intermediary, no caps). */
    public static PlanParameters defaults(LocalDate launchDate, LocalDate contractStart, int durationMonths) {
        return new PlanParameters(launchDate, contractStart, durationMonths, 2, 100, 1, null, null, null);
    }
}
