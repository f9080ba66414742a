package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.CertificationDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supplier's certificate, with whether it counts on the date asked for.")
public record CertificationResponse(
        UUID id,
        UUID supplierId,
        @Schema(example = "BIO") String type,
        @Schema(example = "BIO", description = "the EGAlim label it gives; null for marks that never count")
        String egalimLabel,
        @Schema(example = "true") boolean countsForEgalim,
        @Schema(example = "Ecocert FR-BIO-01") String certifier,
        @Schema(example = "62/123456") String certificateNumber,
        @Schema(example = "2026-01-01") LocalDate validFrom,
        @Schema(example = "2027-03-31") LocalDate validUntil,
        @Schema(example = "[\"FRUITS_ET_LEGUMES\"]") List<String> scopeFamilies,
        @Schema(example = "[\"0322\"]") List<String> scopeCpvPrefixes,
        @Schema(description = "first day it no longer counts, if revoked") LocalDate revokedOn,
        String revocationReason,
        @Schema(example = "2026-11-26") LocalDate on,
        @Schema(example = "true", description = "whether it counts on the date 'on'") boolean valid,
        Instant addedAt) {

    static CertificationResponse from(Certification certification, LocalDate on) {
        CertificationDetails d = certification.details();
        return new CertificationResponse(certification.id(), certification.supplierId(), d.type().name(),
                d.type().egalimLabel().orElse(null), d.type().countsForEgalim(), d.certifier(), d.certificateNumber(),
                d.validFrom(), d.validUntil(), d.scopeFamilies().stream().map(Enum::name).sorted().toList(),
                d.scopeCpvPrefixes().stream().sorted().toList(), certification.revokedOn(),
                certification.revocationReason(), on, certification.validOn(on), certification.addedAt());
    }
}
