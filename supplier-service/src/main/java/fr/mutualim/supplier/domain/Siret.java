package fr.mutualim.supplier.domain;

import java.util.Optional;

/**
 * A French establishment number: 14 digits whose first 9 are the company's SIREN. SIREN and SIRET
 * both pass the Luhn check, except La Poste's establishments (SIREN 356000000), too many for Luhn,
 * whose SIRET instead has a digit sum divisible by 5 (INSEE's documented exception); La Poste's
 * head office, 35600000000048, keeps the ordinary Luhn rule.
 */
public record Siret(String value) {

    static final String LA_POSTE_SIREN = "356000000";
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    public Siret {
        problem(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }

    /** Why {@code candidate} is not a valid SIRET, or empty if it is one. */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || !candidate.matches("\\d{14}")) {
            return Optional.of("must be exactly 14 digits");
        }
        String siren = candidate.substring(0, 9);
        if (siren.equals(LA_POSTE_SIREN) && !candidate.equals(LA_POSTE_HEAD_OFFICE)) {
            return digitSum(candidate) % 5 == 0 ? Optional.empty()
                    : Optional.of("is not a valid La Poste SIRET (digit sum not divisible by 5)");
        }
        if (!luhn(siren)) {
            return Optional.of("SIREN " + siren + " fails the Luhn check");
        }
        if (!luhn(candidate)) {
            return Optional.of("fails the Luhn check");
        }
        return Optional.empty();
    }

    public String siren() {
        return value.substring(0, 9);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
