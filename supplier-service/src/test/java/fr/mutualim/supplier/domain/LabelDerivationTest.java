package fr.mutualim.supplier.domain;

import static fr.mutualim.supplier.domain.CertificationTest.FROM;
import static fr.mutualim.supplier.domain.CertificationTest.UNTIL;
import static fr.mutualim.supplier.domain.CertificationTest.certification;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelDerivationTest {

    private static final OfferDetails APPLES = new OfferDetails("Pommes", "03222321-9", ProductFamily.FRUITS_ET_LEGUMES,
            Unit.KG, new BigDecimal("12000"), Set.of(1, 2, 3, 10, 11, 12), null, new BigDecimal("1.35"), 1,
            Set.of(DayOfWeek.TUESDAY));
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Test
    void aCertificateWhoseFamilyScopeCoversTheProductGivesItsLabel() {
        var labels = LabelDerivation.on(JUNE, APPLES, List.of(
                certification(CertificationType.BIO, Set.of(ProductFamily.FRUITS_ET_LEGUMES), Set.of())));
        assertEquals(Set.of("BIO"), labels.egalimLabels());
    }

    @Test
    void aCpvPrefixScopeCoversOnlyCodesUnderIt() {
        var fruit = certification(CertificationType.HVE, Set.of(), Set.of("03222"));
        var vegetables = certification(CertificationType.LABEL_ROUGE, Set.of(), Set.of("03221"));
        assertEquals(Set.of("HVE"), LabelDerivation.on(JUNE, APPLES, List.of(fruit, vegetables)).egalimLabels());
    }

    @Test
    void aCertificateForAnotherFamilyGivesNothing() {
        var dairy = certification(CertificationType.BIO, Set.of(ProductFamily.PRODUITS_LAITIERS), Set.of());
        assertEquals(Set.of(), LabelDerivation.on(JUNE, APPLES, List.of(dairy)).egalimLabels());
    }

    @Test
    void labelsFollowTheCertificatesValidityDayByDay() {
        var organic = certification(CertificationType.BIO, Set.of(ProductFamily.FRUITS_ET_LEGUMES), Set.of());
        assertEquals(Set.of(), LabelDerivation.on(FROM.minusDays(1), APPLES, List.of(organic)).egalimLabels());
        assertEquals(Set.of("BIO"), LabelDerivation.on(UNTIL, APPLES, List.of(organic)).egalimLabels());
        assertEquals(Set.of(), LabelDerivation.on(UNTIL.plusDays(1), APPLES, List.of(organic)).egalimLabels());
    }

    @Test
    void conversionCountsAsOrganicAndNonEgalimMarksAreShownApart() {
        var conversion = certification(CertificationType.BIO_CONVERSION, Set.of(ProductFamily.FRUITS_ET_LEGUMES), Set.of());
        var msc = certification(CertificationType.MSC, Set.of(), Set.of("03"));
        var labels = LabelDerivation.on(JUNE, APPLES, List.of(conversion, msc));
        assertEquals(Set.of("BIO"), labels.egalimLabels());
        assertEquals(Set.of(CertificationType.MSC), labels.otherMarks());
    }
}
