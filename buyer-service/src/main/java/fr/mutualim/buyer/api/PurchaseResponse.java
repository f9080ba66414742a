package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded purchase line.")
public record PurchaseResponse(
        @Schema(example = "9a1e5f33-6a0b-4f7e-a2c1-0c3d2b1a9e88") UUID id,
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
        @Schema(example = "2", description = "1 when recorded, one more on each correction") long version,
        @Schema(example = "2026-03-14") LocalDate date,
        @Schema(example = "GAEC des Trois Vallées") String supplierName,
        @Schema(example = "73282932000074") String supplierSiret,
        @Schema(example = "Pommes Golden, calibre 70") String description,
        @Schema(example = "FRUITS_ET_LEGUMES") String family,
        @Schema(example = "[\"BIO\", \"LOCAL\"]") List<String> labels,
        @Schema(example = "412.50") BigDecimal amountExclTax,
        @Schema(example = "true") boolean local,
        @Schema(example = "KM") String localDefinition,
        @Schema(example = "80") Integer localDistanceKm,
        Instant recordedAt,
        @Schema(description = "when last corrected, or null") Instant correctedAt) {

    static PurchaseResponse from(Purchase purchase) {
        PurchaseLine l = purchase.line();
        return new PurchaseResponse(purchase.id(), purchase.canteenId(), purchase.version(), l.date(),
                l.supplierName(), l.supplierSiret(), l.description(), l.family().name(),
                l.labels().stream().sorted().map(Enum::name).toList(), l.amountExclTax(), l.local(),
                l.localDefinition() == null ? null : l.localDefinition().name(), l.localDistanceKm(),
                purchase.recordedAt(), purchase.correctedAt());
    }
}
