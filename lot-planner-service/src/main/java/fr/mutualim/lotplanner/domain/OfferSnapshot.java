package fr.mutualim.lotplanner.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** An offer's state at one version, as announced by supplier-service. */
public record OfferSnapshot(UUID offerId, UUID supplierId, long version, String status, String productLabel,
                            String cpvCode, String family, String unit, BigDecimal annualCapacity, Set<Integer> months,
                            BigDecimal monthlyCapacity, BigDecimal unitPrice) {
}
