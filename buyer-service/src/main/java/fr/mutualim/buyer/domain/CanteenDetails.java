package fr.mutualim.buyer.domain;

import java.math.BigDecimal;

/** What a canteen declares about itself. */
public record CanteenDetails(String siret, String name, CanteenType type, String postalCode, String commune,
                             String inseeCode, String departmentCode, BigDecimal latitude, BigDecimal longitude,
                             int mealsPerDay) {
}
