package fr.mutualim.buyer.domain.campaign;

import java.util.regex.Pattern;

/**
 * Common Procurement Vocabulary codes: {@code 03221000-6} (8 digits, a dash, a check digit). Only
 * the form is checked, as supplier-service does for offers, so that a need and an offer with the
 * same code always match.
 */
public final class CpvCode {

    public static final String FORMAT = "\\d{8}-\\d";
    /** A prefix as a nomenclature maps it: 2 to 8 leading digits. */
    public static final String PREFIX_FORMAT = "\\d{2,8}";

    private static final Pattern CODE = Pattern.compile(FORMAT);

    private CpvCode() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The 8 digits before the check digit. */
    static String digits(String code) {
        return code.substring(0, 8);
    }
}
