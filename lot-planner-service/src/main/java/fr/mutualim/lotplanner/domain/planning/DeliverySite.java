package fr.mutualim.lotplanner.domain.planning;

import java.util.UUID;

public record DeliverySite(UUID canteenId, String name, double latitude, double longitude) {
}
