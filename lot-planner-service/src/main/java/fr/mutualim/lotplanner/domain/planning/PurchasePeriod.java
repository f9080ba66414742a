package fr.mutualim.lotplanner.domain.planning;

import java.time.LocalDate;

/** The purchase dates the current shares are taken over, both days included. */
public record PurchasePeriod(LocalDate from, LocalDate to) {

    /**
     * The 12 months before the consultation's launch: from the same day a year earlier (the 28th of February when
     * launching on a 29th) to the day before the launch. The launch day itself is not in it.
     */
    public static PurchasePeriod before(LocalDate launchDate) {
        return new PurchasePeriod(launchDate.minusMonths(12), launchDate.minusDays(1));
    }
}
