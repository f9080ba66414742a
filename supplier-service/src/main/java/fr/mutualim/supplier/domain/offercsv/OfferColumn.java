package fr.mutualim.supplier.domain.offercsv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of an offer file (docs/csv-formats.md): the fields of the offer API, in snake case. */
public enum OfferColumn {
    SUPPLIER_SIRET(false),
    PRODUCT_LABEL(true),
    CPV_CODE(true),
    FAMILY(true),
    UNIT(true),
    ANNUAL_CAPACITY(true),
    MONTHS(true),
    MONTHLY_CAPACITY(false),
    UNIT_PRICE_EXCL_TAX(true),
    PROCESSING_LEVEL(true),
    DELIVERY_DAYS(true);

    private final boolean required;

    OfferColumn(boolean required) {
        this.required = required;
    }

    /** The name in the header: {@code product_label}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A column may be left out of the header only when it is optional. */
    public boolean required() {
        return required;
    }

    /** The column a header cell names, compared trimmed and case-insensitively. */
    public static Optional<OfferColumn> named(String cell) {
        String name = cell.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(name)).findFirst();
    }
}
