package fr.mutualim.supplier.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A certificate as declared: who issued it, its number, its validity (both days included) and its
 * scope, as product families and/or CPV prefixes.
 */
public record CertificationDetails(CertificationType type, String certifier, String certificateNumber,
                                   LocalDate validFrom, LocalDate validUntil, Set<ProductFamily> scopeFamilies,
                                   Set<String> scopeCpvPrefixes) {

    public CertificationDetails {
        scopeFamilies = Set.copyOf(scopeFamilies);
        scopeCpvPrefixes = Set.copyOf(scopeCpvPrefixes);
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil is before validFrom");
        }
        if (scopeFamilies.isEmpty() && scopeCpvPrefixes.isEmpty()) {
            throw new IllegalArgumentException("a certification covers at least one family or CPV prefix");
        }
    }

    /** Whether this certificate's scope includes a product of {@code family} with {@code cpvCode}. */
    public boolean covers(ProductFamily family, String cpvCode) {
        return covers(scopeFamilies, scopeCpvPrefixes, family, cpvCode);
    }

    /** The same test on a scope's parts (a loop, not a stream: the search runs it for thousands of offers). */
    static boolean covers(Set<ProductFamily> scopeFamilies, Set<String> scopeCpvPrefixes, ProductFamily family,
                          String cpvCode) {
        if (scopeFamilies.contains(family)) {
            return true;
        }
        for (String prefix : scopeCpvPrefixes) {
            if (CpvCode.startsWith(cpvCode, prefix)) {
                return true;
            }
        }
        return false;
    }
}
