package fr.mutualim.egalimtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting rules of domain.md §2, through the domain classes the service uses. */
class SharesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'BIO,LABEL_ROUGE,IGP,HVE', BIO",
        "'LABEL_ROUGE,AOCAOP,FERMIER', LABEL_ROUGE",
        "'STG,HVE', AOCAOP_IGP_STG",
        "'IGP,PECHE_DURABLE', AOCAOP_IGP_STG",
        "'HVE,PECHE_DURABLE,RUP', HVE",
        "'PECHE_DURABLE,RUP,COMMERCE_EQUITABLE', PECHE_DURABLE",
        "'RUP,COMMERCE_EQUITABLE', RUP",
        "'COMMERCE_EQUITABLE,FERMIER,EXTERNALITES', COMMERCE_EQUITABLE",
        "'FERMIER,EXTERNALITES,PERFORMANCE', FERMIER",
        "'EXTERNALITES,PERFORMANCE,LOCAL', EXTERNALITES",
        "'PERFORMANCE,FRANCE', PERFORMANCE",
        "'FRANCE,EUROPE,CIRCUIT_COURT,LOCAL', NON_EGALIM",
        "'', NON_EGALIM",
    })
    void aLineWithSeveralLabelsCountsOnceInTheFirstGroupOfThePrecedenceOrder(String labels, Bucket expected) {
        Set<String> codes = labels.isEmpty() ? Set.of() : Set.of(labels.split(","));
        assertEquals(expected, Bucket.of(codes));
    }

    @Test
    void aLineWithSeveralLabelsAddsItsAmountOnceToDurableAndQuality() {
        Shares s = shares(line(Family.VIANDES_VOLAILLES, "50.00", "BIO", "LABEL_ROUGE", "IGP"),
                line(Family.AUTRES, "50.00"));
        assertEquals(new BigDecimal("50.00"), s.durableAndQuality());
        assertEquals(new BigDecimal("50.00"), s.bio());
        assertEquals(new BigDecimal("0.00"), s.buckets().getOrDefault(Bucket.LABEL_ROUGE, Shares.ZERO));
        assertEquals(new BigDecimal("50.00"), s.durableAndQualityPercent());
    }

    @Test
    void organicInConversionIsEnteredAsBioAndCountsForBioAndForDurableAndQuality() {
        // ma-cantine and buyer-service have no separate conversion code: a product "en conversion" carries BIO.
        Shares s = shares(line(Family.FRUITS_ET_LEGUMES, "30.00", "BIO"), line(Family.FRUITS_ET_LEGUMES, "70.00"));
        assertEquals(new BigDecimal("30.00"), s.bio());
        assertEquals(new BigDecimal("30.00"), s.durableAndQuality());
        assertEquals(new BigDecimal("30.00"), s.bioPercent());
        assertEquals(new BigDecimal("30.00"), s.durableAndQualityPercent());
    }

    @Test
    void informationOnlyCharacteristicsNeverCountForEgalimButFeedLocalAndOriginFrance() {
        Shares s = shares(new PurchaseAmount(LocalDate.of(2026, 4, 1), Family.FRUITS_ET_LEGUMES,
                Set.of("LOCAL", "CIRCUIT_COURT", "FRANCE", "EUROPE"), new BigDecimal("100.00"), true, "KM"));
        assertEquals(new BigDecimal("0.00"), s.durableAndQuality());
        assertEquals(new BigDecimal("0.00"), s.durableAndQualityPercent());
        assertEquals(new BigDecimal("0.00"), s.bioPercent());
        assertEquals(new BigDecimal("100.00"), s.localPercent());
        assertEquals(Map.of("KM", new BigDecimal("100.00")), s.localByDefinition());
        assertEquals(new BigDecimal("100.00"), s.originFrancePercent());
        assertEquals(new BigDecimal("100.00"), s.family(Family.FRUITS_ET_LEGUMES).originFrance());
    }

    @Test
    void meatAndFishTakesBothFamiliesTogetherWithAnyEgalimLabelAndLeavesCharcuterieOut() {
        Shares s = shares(line(Family.VIANDES_VOLAILLES, "40.00", "LABEL_ROUGE"),
                line(Family.VIANDES_VOLAILLES, "30.00", "FRANCE"),
                line(Family.PRODUITS_DE_LA_MER, "20.00", "PECHE_DURABLE"),
                line(Family.PRODUITS_DE_LA_MER, "10.00"),
                line(Family.CHARCUTERIE, "500.00", "BIO"));
        assertEquals(new BigDecimal("100.00"), s.meatAndFish());
        assertEquals(new BigDecimal("60.00"), s.meatAndFishEgalim());
        assertEquals(new BigDecimal("60.00"), s.meatAndFishPercent());
        assertEquals(new BigDecimal("40.00"), s.family(Family.VIANDES_VOLAILLES).egalim());
        assertEquals(new BigDecimal("500.00"), s.family(Family.CHARCUTERIE).bio());
    }

    @Test
    void sharesAreRoundedToTwoDecimalsHalfUp() {
        // 1999 / 10000 = 19.99 %: misses a 20 % target.
        Shares under = shares(line(Family.AUTRES, "1999.00", "BIO"), line(Family.AUTRES, "8001.00"));
        assertEquals(new BigDecimal("19.99"), under.bioPercent());
        // 3999 / 20000 = 19.995 %: rounds half up to 20.00 %.
        Shares rounded = shares(line(Family.AUTRES, "3999.00", "BIO"), line(Family.AUTRES, "16001.00"));
        assertEquals(new BigDecimal("20.00"), rounded.bioPercent());
    }

    @Test
    void nothingBoughtHasNoShareRatherThanAnInventedZero() {
        Shares s = shares();
        assertEquals(0, s.purchases());
        assertEquals(new BigDecimal("0.00"), s.total());
        assertNull(s.bioPercent());
        assertNull(s.meatAndFishPercent());
    }

    @Test
    void addingThenRemovingALineLeavesTheTallyAsItWas() {
        PurchaseAmount kept = line(Family.AUTRES, "10.00", "HVE");
        PurchaseAmount corrected = line(Family.BOISSONS, "0.10", "BIO");
        Tally tally = Tally.of(List.of(kept, corrected));
        tally.remove(corrected);
        tally.add(corrected.withLabels(Set.of("COMMERCE_EQUITABLE")));
        tally.remove(corrected.withLabels(Set.of("COMMERCE_EQUITABLE")));
        assertEquals(Tally.of(List.of(kept)).cells(), tally.cells());
    }

    @Test
    void theDeclarationSplitsTheGroupsAsMaCantineDoes() {
        Shares s = shares(line(Family.VIANDES_VOLAILLES, "10.00", "BIO", "COMMERCE_EQUITABLE", "FRANCE"),
                line(Family.PRODUITS_DE_LA_MER, "20.00", "LABEL_ROUGE"),
                line(Family.FRUITS_ET_LEGUMES, "30.00", "IGP", "FRANCE"),
                line(Family.BOISSONS, "40.00", "COMMERCE_EQUITABLE"),
                line(Family.AUTRES, "50.00", "EXTERNALITES"),
                line(Family.AUTRES, "60.00", "LOCAL"));
        List<String> row = Declaration.row("21620041000019", 2026, s);
        assertEquals(Declaration.COLUMNS.size(), row.size());
        assertEquals(List.of("21620041000019", "2026", "210.00", "10.00", "10.00", "50.00", "50.00", "40.00", "40.00",
                "10.00", "10.00", "10.00", "20.00", "20.00", "0.00", "30.00", "0.00", "0.00", "0.00", "0.00", "0.00"), row);
    }

    static Shares shares(PurchaseAmount... lines) {
        return Tally.of(List.of(lines)).shares(c -> true);
    }

    static PurchaseAmount line(Family family, String amount, String... labels) {
        return new PurchaseAmount(LocalDate.of(2026, 3, 2), family, Set.of(labels), new BigDecimal(amount), false, null);
    }
}
