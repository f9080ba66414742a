package fr.mutualim.lotplanner.domain.planning;

import java.util.UUID;

/**
 * A canteen receiving deliveries (WGS84 coordinates). {@code commune}, its official commune name, may be null: zone
 * lot titles then name the canteens instead of their communes.
 */
public record DeliverySite(UUID canteenId, String name, double latitude, double longitude, String commune) {

    /** A site whose commune is not known. */
    public DeliverySite(UUID canteenId, String name, double latitude, double longitude) {
        this(canteenId, name, latitude, longitude, null);
    }
}
