package fr.mutualim.supplier.domain;

import java.math.BigDecimal;

/** What a supplier declares about itself when it registers. */
public record SupplierDetails(Siret siret, String legalName, String tradeName, SupplierKind kind,
                              String street, String postalCode, String commune, String inseeCode,
                              BigDecimal latitude, BigDecimal longitude, int deliveryRadiusKm) {
}
