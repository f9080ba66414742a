package fr.mutualim.supplier.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What a supplier declares about itself. */
public record SupplierDetails(Siret siret, String legalName, String tradeName, SupplierKind kind, SizeClass sizeClass,
                              boolean sme, String street, String postalCode, String commune, String inseeCode,
                              BigDecimal latitude, BigDecimal longitude, int deliveryRadiusKm,
                              BigDecimal minimumOrderExclTax, int intermediaries, Contact contact,
                              UUID cooperativeId) {

    /** At most one intermediary between producer and buyer (domain.md §2.1, CIRCUIT_COURT). */
    public boolean shortChain() {
        return intermediaries <= 1;
    }

    /** The same supplier with other details but the same SIRET, which never changes. */
    public SupplierDetails withSiret(Siret kept) {
        return new SupplierDetails(kept, legalName, tradeName, kind, sizeClass, sme, street, postalCode, commune,
                inseeCode, latitude, longitude, deliveryRadiusKm, minimumOrderExclTax, intermediaries, contact,
                cooperativeId);
    }
}
