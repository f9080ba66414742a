package fr.mutualim.supplier.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels of an offer on a date, derived from the supplier's certifications: those valid that
 * day whose scope covers the product. Nobody types an offer's labels; a lapsed or revoked
 * certificate takes its label away on the day it stops counting.
 */
public final class LabelDerivation {

    private LabelDerivation() {
    }

    /** EGAlim labels, and the other marks kept for information, that the offer carries on {@code date}. */
    public static DerivedLabels on(LocalDate date, OfferDetails offer, Collection<Certification> certifications) {
        return on(date, offer.family(), offer.cpvCode(), certifications);
    }

    /** The same, for a product of {@code family} with {@code cpvCode}. */
    public static DerivedLabels on(LocalDate date, ProductFamily family, String cpvCode,
                                   Collection<Certification> certifications) {
        Set<String> labels = new TreeSet<>();
        Set<CertificationType> otherMarks = new TreeSet<>();
        for (Certification certification : certifications) {
            CertificationDetails details = certification.details();
            if (certification.validOn(date) && details.covers(family, cpvCode)) {
                details.type().egalimLabel().ifPresentOrElse(labels::add, () -> otherMarks.add(details.type()));
            }
        }
        return new DerivedLabels(date, labels, otherMarks);
    }

    /** Whether the product carries the EGAlim label {@code code} on {@code date}: {@link #on} holds it. */
    public static boolean carries(String code, LocalDate date, ProductFamily family, String cpvCode,
                                  List<Certification> certifications) {
        for (int i = 0; i < certifications.size(); i++) { // no iterator: the search asks this of thousands of offers
            if (certifications.get(i).gives(code, date, family, cpvCode)) {
                return true;
            }
        }
        return false;
    }

    /** Labels on a date: EGAlim codes that count, and marks that are shown but never count. */
    public record DerivedLabels(LocalDate on, Set<String> egalimLabels, Set<CertificationType> otherMarks) {
    }
}
