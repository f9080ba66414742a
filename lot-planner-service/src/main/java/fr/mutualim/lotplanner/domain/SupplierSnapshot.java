package fr.mutualim.lotplanner.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A supplier's state at one version, as announced by supplier-service. */
public record SupplierSnapshot(UUID id, long version, String siret, String legalName, String tradeName, String kind,
                               String sizeClass, String postalCode, String commune, String inseeCode,
                               BigDecimal latitude, BigDecimal longitude, int deliveryRadiusKm, int intermediaries,
                               UUID cooperativeId) {
}
