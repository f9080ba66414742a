package fr.mutualim.supplier.api;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of certificates and offers are French calendar dates. */
final class Dates {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private Dates() {
    }

    /** Today in France: the default reference date of labels, validity and searches. */
    static LocalDate today() {
        return LocalDate.now(FRANCE);
    }
}
