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

    /** The point as a unit vector (x, y, z): the dot product of two is the cosine of their angle. */
    public double[] unitVector() {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /**
     * Whether {@code other} lies within {@code radiusKm} of this point: the angle between them is at
     * most radius / R, that is, the dot product of their unit vectors is at least cos(radius / R).
     * The search index runs the same test on precomputed vectors.
     */
    public boolean within(GeoPoint other, int radiusKm) {
        double[] a = unitVector();
        double[] b = other.unitVector();
        double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        return dot >= Math.cos(Math.min(radiusKm / EARTH_RADIUS_KM, Math.PI));
    }

    /** Great-circle distance in km (haversine), as the search reports it. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
