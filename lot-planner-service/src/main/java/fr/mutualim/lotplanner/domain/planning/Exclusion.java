package fr.mutualim.lotplanner.domain.planning;

import java.util.UUID;

/** Why a supplier offering at least one line of a lot cannot serve it alone (first failing rule). */
public record Exclusion(UUID supplierId, String name, String reasonCode, String reason) {

    /** Reason codes, in the order the rules are checked. */
    public static final String MISSING_LINE = "MISSING_LINE";
    public static final String MONTHS = "MONTHS";
    public static final String LABEL = "LABEL";
    public static final String CAPACITY = "CAPACITY";
    public static final String DISTANCE = "DISTANCE";
}
