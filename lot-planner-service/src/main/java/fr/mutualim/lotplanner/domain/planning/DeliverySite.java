package fr.mutualim.lotplanner.domain.planning;

import java.util.UUID;

/** A canteen receiving deliveries (WGS84 coordinates). */
public record DeliverySite(UUID canteenId, String name, double latitude, double longitude) {}
