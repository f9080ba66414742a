package fr.mutualim.buyer.domain;

/**
 * Kinds of establishments that run a canteen, with the service days a year assumed when the buyer
 * does not say: schools serve about 36 weeks of 4 days, administrations the working days, care
 * homes and hospitals every day.
 */
public enum CanteenType {
    ECOLE(140), COLLEGE(140), LYCEE(140), UNIVERSITE(180), EHPAD(365), HOPITAL(365), RESTAURANT_ADMINISTRATIF(220),
    CUISINE_CENTRALE(180), AUTRE(180);

    private final int defaultServiceDaysPerYear;

    CanteenType(int defaultServiceDaysPerYear) {
        this.defaultServiceDaysPerYear = defaultServiceDaysPerYear;
    }

    public int defaultServiceDaysPerYear() {
        return defaultServiceDaysPerYear;
    }
}
