package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.MatchIndex.Hit;
import fr.mutualim.supplier.domain.MatchIndex.IndexedOffer;
import fr.mutualim.supplier.domain.SupplierDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supplier that can serve every delivery point, with its best offer for the search.")
public record SupplierMatchResponse(
        UUID supplierId,
        @Schema(example = "GAEC des Trois Vallées") String legalName,
        @Schema(example = "PRODUCER") String kind,
        @Schema(example = "true") boolean shortChain,
        @Schema(example = "0") int intermediaries,
        UUID offerId,
        @Schema(example = "Pommes Golden") String productLabel,
        @Schema(example = "03222321-9") String cpvCode,
        @Schema(example = "KG") String unit,
        @Schema(example = "1.35") BigDecimal unitPriceExclTax,
        @Schema(example = "14000", description = "what the offer can deliver over the months asked") BigDecimal capacity,
        @Schema(example = "0.4", description = "(capacity - quantity) / quantity") BigDecimal capacityMargin,
        @Schema(example = "23.4", description = "distance to the farthest delivery point, km") BigDecimal maxDistanceKm,
        @Schema(example = "1", description = "share of points, months and quantity covered: 1 for every match") int coverage,
        @Schema(example = "[\"BIO\"]", description = "EGAlim labels of the offer on the reference date") List<String> labels) {

    static SupplierMatchResponse from(Hit match) {
        SupplierDetails s = match.supplier().details();
        IndexedOffer o = match.offer();
        return new SupplierMatchResponse(match.supplier().id(), s.legalName(), s.kind().name(), s.shortChain(),
                s.intermediaries(), o.id(), o.productLabel(), o.cpvCode(), o.unit().name(),
                o.unitPriceExclTax(), match.capacity(), match.capacityMargin(),
                BigDecimal.valueOf(match.maxDistanceKm()).setScale(1, RoundingMode.HALF_UP), 1,
                List.copyOf(match.labels().egalimLabels()));
    }
}
