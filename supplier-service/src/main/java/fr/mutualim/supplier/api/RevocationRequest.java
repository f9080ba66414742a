package fr.mutualim.supplier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Revoking a certificate: from which day it stops counting, and why.")
public record RevocationRequest(
        @Schema(example = "2026-12-01", description = "first day it no longer counts; today if absent") LocalDate from,
        @NotBlank @Size(max = 500) @Schema(example = "Certificate withdrawn by the certifier") String reason) {
}
