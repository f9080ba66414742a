package fr.mutualim.buyer.api;

import fr.mutualim.buyer.service.Nomenclatures;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The nomenclature of homogeneous categories in force for a purchasing group's campaigns.")
public record NomenclatureResponse(
        @Schema(example = "2f0b6c1e-8a4d-4e5f-9b7c-1d2e3f4a5b6c") UUID groupId,
        @Schema(example = "DEFAULT", description = "DEFAULT (shipped with Mutualim) or GROUP (the group's own)") String source,
        @Schema(description = "Sorted by prefix") List<NomenclatureRequest.Entry> entries,
        @Schema(description = "When the group's own was last set; null for DEFAULT") Instant changedAt) {

    static NomenclatureResponse from(Nomenclatures.InForce n) {
        return new NomenclatureResponse(n.groupId(), n.own() ? "GROUP" : "DEFAULT",
                n.nomenclature().entries().stream()
                        .map(e -> new NomenclatureRequest.Entry(e.cpvPrefix(), e.categoryCode(), e.categoryLabel()))
                        .toList(), n.changedAt());
    }
}
