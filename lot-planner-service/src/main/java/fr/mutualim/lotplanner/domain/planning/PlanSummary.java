package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Figures of a plan. Values are euros HT; shares are percent with 2 decimals. {@code k} is the minimum number of
 * eligible local short-chain suppliers a lot needs to count in {@code annualValueWithKLocal}.
 */
public record PlanSummary(int lotCount, BigDecimal annualValue, BigDecimal durationValue, BigDecimal annualValueWithKLocal,
        BigDecimal shareWithKLocal, Baseline baseline, OperationProcedure operation, Envelope envelope, int k) {

    /** One lot per homogeneous category, evaluated with the same rules. */
    public record Baseline(int lotCount, BigDecimal annualValueWithKLocal, BigDecimal shareWithKLocal) {}

    /**
     * The procedure follows from the value of the whole operation (all lots, whole duration, R2121-1) against the
     * thresholds in force at {@code launchDate}; never from a lot's own value, so splitting cannot escape a threshold.
     */
    public record OperationProcedure(LocalDate launchDate, BigDecimal operationValue, BigDecimal formalThreshold,
            BigDecimal noPublicityThreshold, BigDecimal smallLotThreshold, BigDecimal smallLotsEnvelopePercent,
            Procedure procedure, String explanation) {}

    /** R2123-1 2° small-lots envelope: limit (20 % of the operation), amount used, share of the operation used. */
    public record Envelope(BigDecimal limit, BigDecimal used, BigDecimal shareOfOperation) {}
}
