package fr.mutualim.buyer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules a purchase line must follow whatever its source (JSON API, batch, ma-cantine file), beyond
 * the shape of each value. Violations name the JSON field; file importers map it to their column.
 */
public final class PurchaseRules {

    public static final String DATE = "date";
    public static final String LOCAL_DEFINITION = "localDefinition";
    public static final String LOCAL_DISTANCE_KM = "localDistanceKm";

    private PurchaseRules() {
    }

    /** One broken rule: which field, and why. */
    public record Violation(String field, String message) {
    }

    /**
     * @param today              today in France: a purchase cannot be dated later
     * @param kmNeedsDistance    false only for the old 8-column ma-cantine format, which has no
     *                           distance column although it accepts {@code KM}
     */
    public static List<Violation> check(PurchaseLine line, LocalDate today, boolean kmNeedsDistance) {
        List<Violation> violations = new ArrayList<>();
        if (line.date().isAfter(today)) {
            violations.add(new Violation(DATE, "must not be in the future (today is " + today + ")"));
        }
        boolean km = line.localDefinition() == LocalDefinition.KM;
        if (km && kmNeedsDistance && line.localDistanceKm() == null) {
            violations.add(new Violation(LOCAL_DISTANCE_KM, "is required when the local definition is KM"));
        }
        if (!km && line.localDistanceKm() != null) {
            violations.add(new Violation(LOCAL_DISTANCE_KM, "is only allowed when the local definition is KM"));
        }
        if (line.localDefinition() != null && !line.local()) {
            violations.add(new Violation(LOCAL_DEFINITION, "is only allowed for a local purchase"));
        }
        return violations;
    }
}
