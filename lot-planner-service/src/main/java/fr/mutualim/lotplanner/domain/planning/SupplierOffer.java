package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** An active offer. {@code monthlyCapacity} is null when only the annual capacity limits. */
public record SupplierOffer(UUID offerId, String productLabel, String cpvCode, String family, String unit,
        BigDecimal annualCapacity, Set<Integer> months, BigDecimal monthlyCapacity, BigDecimal unitPrice) {}
