package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A supplier that can serve a lot alone. {@code capacityMargin} = min over the lot's lines of
 * (usable capacity - lot quantity) / lot quantity, where usable capacity = annual capacity, capped by
 * monthly capacity x months needed when a monthly capacity is set.
 */
public record EligibleSupplier(UUID supplierId, String name, String kind, boolean localShortChain, double maxDistanceKm,
        BigDecimal capacityMargin, List<ExpiringCertificate> expiring) {}
