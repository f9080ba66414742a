package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One product line of the campaign. {@code cpvCode} is in {@code 03222321-9} form, {@code unit} KG, L or PIECE,
 * {@code unitPrice} in euros HT, {@code requiredLabel} an EGAlim label code or null,
 * {@code quantityPerSite} maps a canteen id to its quantity per year (up to 3 decimals).
 */
public record DemandLine(UUID lineId, int lineNumber, String productLabel, String cpvCode, String family,
        String categoryCode, String categoryLabel, String unit, Set<Integer> months, int deliveriesPerWeek,
        BigDecimal unitPrice, String requiredLabel, Map<UUID, BigDecimal> quantityPerSite) {}
