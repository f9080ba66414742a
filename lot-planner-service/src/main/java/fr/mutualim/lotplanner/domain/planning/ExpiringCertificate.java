package fr.mutualim.lotplanner.domain.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate of an eligible supplier that gives a label the lot requires ({@code requiredByLot}) or that would
 * count for EGAlim on the lot, and whose last valid day is before the contract end.
 */
public record ExpiringCertificate(UUID certificationId, String type, String egalimLabel, LocalDate lastValidDay,
        boolean requiredByLot) {}
