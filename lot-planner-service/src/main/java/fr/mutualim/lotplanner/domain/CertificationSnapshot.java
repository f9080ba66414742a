package fr.mutualim.lotplanner.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A certificate as announced by supplier-service when added, or when revoked. */
public record CertificationSnapshot(UUID certificationId, UUID supplierId, String type, String egalimLabel,
                                    LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn,
                                    Set<String> scopeFamilies, Set<String> scopeCpvPrefixes) {
}
