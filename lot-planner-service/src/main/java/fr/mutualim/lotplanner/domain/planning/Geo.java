package fr.mutualim.lotplanner.domain.planning;

/** Great-circle distances (haversine, mean Earth radius 6371.0088 km). */
public final class Geo {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** Unit vector of a point, for fast comparisons of distances (chord length is monotone in great-circle distance). */
    static double[] unit(double lat, double lon) {
        double p = Math.toRadians(lat), l = Math.toRadians(lon);
        return new double[] {Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)};
    }

    /** Squared chord between two unit vectors. */
    static double chord2(double[] a, double[] b) {
        double x = a[0] - b[0], y = a[1] - b[1], z = a[2] - b[2];
        return x * x + y * y + z * z;
    }

    /** Squared chord of a great-circle distance in km. */
    static double chord2OfKm(double km) {
        double c = 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
        return c * c;
    }

    /** Great-circle km of a squared chord. */
    static double kmOfChord2(double chord2) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(chord2) / 2));
    }
}
