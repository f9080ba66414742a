package fr.mutualim.supplier.domain;

import java.util.regex.Pattern;

/** Common Procurement Vocabulary codes: {@code 03221000-6} (8 digits, a dash, a check digit). */
public final class CpvCode {

    public static final String FORMAT = "\\d{8}-\\d";
    /** A prefix as buyers search and certificates scope: 2 to 8 leading digits. */
    public static final String PREFIX_FORMAT = "\\d{2,8}";

    private static final Pattern CODE = Pattern.compile(FORMAT);

    private CpvCode() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Whether {@code code} falls under {@code prefix} (leading digits). */
    public static boolean startsWith(String code, String prefix) {
        return code.startsWith(prefix);
    }
}
