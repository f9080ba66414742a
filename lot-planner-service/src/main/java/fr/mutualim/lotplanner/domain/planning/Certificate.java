package fr.mutualim.lotplanner.domain.planning;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public record Certificate(UUID certificationId, String type, String egalimLabel, LocalDate validFrom,
        LocalDate validUntil, LocalDate revokedOn, Set<String> scopeFamilies, Set<String> scopeCpvPrefixes) {
}
