package fr.mutualim.buyer.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a canteen declares about itself. {@code centralKitchenId} names the central kitchen
 * (cuisine centrale) that prepares its meals when it is a satellite, else null.
 */
public record CanteenDetails(String siret, String name, CanteenType type, String postalCode, String commune,
                             String inseeCode, String departmentCode, BigDecimal latitude, BigDecimal longitude,
                             int mealsPerDay, int serviceDaysPerYear, ManagementMode managementMode,
                             UUID centralKitchenId) {

    /** The EGAlim territory, which follows from the département. */
    public Territory territory() {
        return Territory.ofDepartment(departmentCode);
    }
}
