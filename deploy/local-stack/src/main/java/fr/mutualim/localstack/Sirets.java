package fr.mutualim.localstack;

/** Valid synthetic SIRETs for demo data, tests and benchmarks: SIREN and SIRET both pass Luhn. */
public final class Sirets {

    private Sirets() {
    }

    /** The SIRET of establishment {@code establishment} (0 to 9999) of company {@code company} (0 to 99 999 999). */
    public static String of(long company, int establishment) {
        String siren = withLuhnDigit(String.format("%08d", company % 100_000_000L));
        return withLuhnDigit(siren + String.format("%04d", establishment % 10_000));
    }

    /** {@code digits} followed by the one check digit that makes the whole pass the Luhn check. */
    private static String withLuhnDigit(String digits) {
        for (int check = 0; check < 10; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("not digits: " + digits);
    }
}
