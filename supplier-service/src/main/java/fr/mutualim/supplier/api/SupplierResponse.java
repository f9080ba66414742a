package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.SupplierChanged;
import fr.mutualim.supplier.domain.SupplierDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registered supplier.")
public record SupplierResponse(
        @Schema(example = "0d6c1f0e-2f47-4c55-9a55-3f1f5b0f9a10") UUID id,
        @Schema(example = "73282932000074") String siret,
        @Schema(example = "GAEC des Trois Vallées") String legalName,
        @Schema(example = "Les Trois Vallées") String tradeName,
        @Schema(example = "PRODUCER") String kind,
        @Schema(example = "MICRO") String sizeClass,
        @Schema(example = "true") boolean sme,
        RegisterSupplierRequest.Address address,
        @Schema(example = "80") int deliveryRadiusKm,
        @Schema(example = "150.00") BigDecimal minimumOrderExclTax,
        @Schema(example = "0") int intermediaries,
        @Schema(example = "true", description = "at most one intermediary") boolean shortChain,
        @Schema(description = "null when the caller may not see it (another producer)") RegisterSupplierRequest.Contact contact,
        UUID cooperativeId,
        @Schema(example = "1") long version,
        Instant registeredAt,
        Instant updatedAt) {

    static SupplierResponse from(Supplier supplier, boolean withContact) {
        SupplierChanged state = supplier.changed();
        SupplierDetails d = state.details();
        RegisterSupplierRequest.Contact contact = !withContact || d.contact() == null ? null
                : new RegisterSupplierRequest.Contact(d.contact().name(), d.contact().email(), d.contact().phone());
        return new SupplierResponse(supplier.id(), d.siret().value(), d.legalName(), d.tradeName(), d.kind().name(),
                d.sizeClass().name(), d.sme(),
                new RegisterSupplierRequest.Address(d.street(), d.postalCode(), d.commune(), d.inseeCode(),
                        d.latitude(), d.longitude()),
                d.deliveryRadiusKm(), d.minimumOrderExclTax(), d.intermediaries(), d.shortChain(), contact,
                d.cooperativeId(), state.version(), state.registeredAt(), state.updatedAt());
    }
}
