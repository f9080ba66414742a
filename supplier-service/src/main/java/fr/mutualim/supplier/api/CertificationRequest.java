package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.supplier.domain.CertificationDetails;
import fr.mutualim.supplier.domain.CertificationType;
import fr.mutualim.supplier.domain.CpvCode;
import fr.mutualim.supplier.domain.ProductFamily;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A certificate a supplier holds.")
public record CertificationRequest(
        @NotNull @Schema(example = "BIO", description = "EGAlim labels, BIO_CONVERSION (counts as BIO), or MSC/ASC/BLEU_BLANC_COEUR (kept, never counted)")
        CertificationType type,
        @NotBlank @Size(max = 200) @Schema(example = "Ecocert FR-BIO-01") String certifier,
        @NotBlank @Size(max = 100) @Schema(example = "62/123456") String certificateNumber,
        @NotNull @Schema(example = "2026-01-01", description = "first valid day") LocalDate validFrom,
        @NotNull @Schema(example = "2027-03-31", description = "last valid day, included") LocalDate validUntil,
        @NotNull @Valid Scope scope) {

    @Schema(name = "CertificationScope", description = "What the certificate covers: at least one family or CPV prefix.")
    public record Scope(
            @Size(max = 8) @Schema(example = "[\"FRUITS_ET_LEGUMES\"]") Set<@NotNull ProductFamily> families,
            @Size(max = 20) @Schema(example = "[\"0322\"]", description = "2 to 8 leading digits of CPV codes")
            Set<@NotNull @Pattern(regexp = CpvCode.PREFIX_FORMAT, message = "must be 2 to 8 digits") String> cpvPrefixes) {
    }

    CertificationDetails toDetails() {
        if (validUntil.isBefore(validFrom)) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom (" + validFrom + ")");
        }
        Set<ProductFamily> families = scope.families() == null ? Set.of() : scope.families();
        Set<String> prefixes = scope.cpvPrefixes() == null ? Set.of() : scope.cpvPrefixes();
        if (families.isEmpty() && prefixes.isEmpty()) {
            throw ProblemException.invalid("scope", "must name at least one family or CPV prefix");
        }
        return new CertificationDetails(type, certifier.strip(), certificateNumber.strip(), validFrom, validUntil,
                families, prefixes);
    }
}
