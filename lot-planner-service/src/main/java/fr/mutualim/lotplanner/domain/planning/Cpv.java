package fr.mutualim.lotplanner.domain.planning;

/** CPV code helpers: codes come as {@code 03222321-9}; matching works on the 8 digits before the check digit. */
public final class Cpv {

    private Cpv() {
    }

    /** The 8 digits of a CPV code (the check digit is dropped). */
    public static String digits(String cpv) {
        String main = cpv.contains("-") ? cpv.substring(0, cpv.indexOf('-')) : cpv;
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < main.length(); i++) {
            if (Character.isDigit(main.charAt(i))) {
                b.append(main.charAt(i));
            }
        }
        return b.toString();
    }

    /** The digits without trailing zeros: the prefix an offer covers (03222000-3 "fruit" covers 03222*). */
    public static String coveringPrefix(String cpv) {
        String d = digits(cpv);
        int end = d.length();
        while (end > 0 && d.charAt(end - 1) == '0') {
            end--;
        }
        return d.substring(0, end);
    }

    /** Whether an offer with code {@code offerCpv} covers a line with code {@code lineCpv} (units aside). */
    public static boolean covers(String offerCpv, String lineCpv) {
        return digits(lineCpv).startsWith(coveringPrefix(offerCpv));
    }
}
