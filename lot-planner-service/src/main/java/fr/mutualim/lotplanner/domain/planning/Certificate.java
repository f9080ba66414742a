package fr.mutualim.lotplanner.domain.planning;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A certificate; {@code egalimLabel} null means it never counts for EGAlim; {@code revokedOn} is the first day it no longer counts. */
public record Certificate(UUID certificationId, String type, String egalimLabel, LocalDate validFrom,
        LocalDate validUntil, LocalDate revokedOn, Set<String> scopeFamilies, Set<String> scopeCpvPrefixes) {}
