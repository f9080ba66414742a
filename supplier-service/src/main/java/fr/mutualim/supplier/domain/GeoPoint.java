package fr.mutualim.supplier.domain;

/** A WGS84 position, and great-circle distances between positions. */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius used by the haversine formula, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("(" + latitude + ", " + longitude + ") is not a WGS84 position");
        }
    }

    /** Great-circle distance in km (haversine); the same formula the search runs in SQL. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
