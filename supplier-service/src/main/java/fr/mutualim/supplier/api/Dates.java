package fr.mutualim.supplier.api;

import java.time.ZoneId;

/** Dates of certificates and offers are French calendar dates. */
final class Dates {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private Dates() {
    }
}
