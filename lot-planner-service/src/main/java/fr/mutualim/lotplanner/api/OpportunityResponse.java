package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.Opportunity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published lot the supplier can answer, alone or in a joint bid with the partners named.")
public record OpportunityResponse(
        UUID planId,
        @Schema(example = "L07") String lotId,
        @Schema(example = "ALONE", enumeration = {"ALONE", "JOINT"}) String mode,
        @Schema(description = "The other suppliers of the joint bid (co-traitance); empty when alone")
        List<UUID> partnerIds,
        UUID groupId,
        @Schema(example = "Pommes et poires — zone 2 (Arras, Béthune)") String lotTitle,
        @Schema(example = "FRUITS_LEGUMES_FRAIS") String categoryCode,
        @Schema(example = "03222321-9") String mainCpv,
        @Schema(example = "18450.00") BigDecimal annualValue,
        @Schema(example = "73800.00") BigDecimal durationValue,
        @Schema(example = "MAPA") String procedure,
        Instant publishedAt) {

    static OpportunityResponse from(Opportunity o) {
        List<UUID> partners = o.partnerIds().isEmpty() ? List.of()
                : Arrays.stream(o.partnerIds().split(",")).map(UUID::fromString).toList();
        return new OpportunityResponse(o.key().planId(), o.key().lotId(), o.mode().name(), partners, o.groupId(),
                o.lotTitle(), o.categoryCode(), o.mainCpv(), o.annualValue(), o.durationValue(), o.procedure(),
                o.publishedAt());
    }
}
