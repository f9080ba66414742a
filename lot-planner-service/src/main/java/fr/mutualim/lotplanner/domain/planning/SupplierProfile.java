package fr.mutualim.lotplanner.domain.planning;

import java.util.List;
import java.util.UUID;

/** A supplier of the directory with its active offers and certificates (kind PRODUCER|COOPERATIVE|ARTISAN|PROCESSOR|WHOLESALER). */
public record SupplierProfile(UUID id, String name, String kind, String sizeClass, double latitude, double longitude,
        int deliveryRadiusKm, int intermediaries, List<SupplierOffer> offers, List<Certificate> certificates) {}
