package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Supplier;
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
        RegisterSupplierRequest.Address address,
        @Schema(example = "80") int deliveryRadiusKm,
        @Schema(example = "1") long version,
        Instant registeredAt) {

    static SupplierResponse from(Supplier supplier) {
        SupplierDetails d = supplier.details();
        return new SupplierResponse(supplier.id(), d.siret().value(), d.legalName(), d.tradeName(), d.kind().name(),
                new RegisterSupplierRequest.Address(d.street(), d.postalCode(), d.commune(), d.inseeCode(),
                        d.latitude(), d.longitude()),
                d.deliveryRadiusKm(), supplier.version(), supplier.registeredAt());
    }
}
