package fr.mutualim.lotplanner.domain.planning;

import java.util.List;
import java.util.UUID;

public record SupplierProfile(UUID id, String name, String kind, String sizeClass, double latitude, double longitude,
        int deliveryRadiusKm, int intermediaries, List<SupplierOffer> offers, List<Certificate> certificates) {
}
