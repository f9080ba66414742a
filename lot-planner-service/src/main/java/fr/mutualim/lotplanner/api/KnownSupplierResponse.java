package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.KnownSupplier;
import fr.mutualim.lotplanner.domain.SupplierSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supplier as the planner knows it, from supplier-service's events.")
public record KnownSupplierResponse(
        @Schema(example = "0d6c1f0e-2f47-4c55-9a55-3f1f5b0f9a10") UUID id,
        @Schema(example = "73282932000074") String siret,
        @Schema(example = "GAEC des Trois Vallées") String legalName,
        @Schema(example = "PRODUCER") String kind,
        @Schema(example = "62500") String postalCode,
        @Schema(example = "Arques") String commune,
        @Schema(example = "62040") String inseeCode,
        @Schema(example = "50.737") BigDecimal latitude,
        @Schema(example = "2.305") BigDecimal longitude,
        @Schema(example = "80") int deliveryRadiusKm,
        @Schema(description = "version of the supplier last applied", example = "1") long version,
        Instant updatedAt) {

    static KnownSupplierResponse from(KnownSupplier supplier) {
        SupplierSnapshot s = supplier.snapshot();
        return new KnownSupplierResponse(s.id(), s.siret(), s.legalName(), s.kind(), s.postalCode(), s.commune(),
                s.inseeCode(), s.latitude(), s.longitude(), s.deliveryRadiusKm(), s.version(), supplier.updatedAt());
    }
}
