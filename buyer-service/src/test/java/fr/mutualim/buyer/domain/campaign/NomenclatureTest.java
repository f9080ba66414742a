package fr.mutualim.buyer.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomenclatureTest {

    @ParameterizedTest(name = "{0} ({2}) is {1}")
    @CsvSource(delimiter = '|', value = {
            "15000000-8 | DENREES_DIVERSES | food (generic)",
            "03221000-6 | FRUITS_LEGUMES_FRAIS | vegetables",
            "03212100-1 | FRUITS_LEGUMES_FRAIS | potatoes",
            "03222000-3 | FRUITS_LEGUMES_FRAIS | fruit and nuts",
            "03222321-9 | FRUITS_LEGUMES_FRAIS | apples",
            "15331170-9 | SURGELES | frozen vegetables",
            "15500000-3 | PRODUITS_LAITIERS | dairy products",
            "15511000-3 | PRODUITS_LAITIERS | milk",
            "15551300-8 | PRODUITS_LAITIERS | yoghurt",
            "15530000-2 | PRODUITS_LAITIERS | butter",
            "15540000-5 | PRODUITS_LAITIERS | cheese products",
            "03142500-3 | OEUFS | eggs",
            "15110000-2 | VIANDES_AUTRES | meat",
            "15111100-0 | VIANDE_BOVINE | beef",
            "15113000-3 | VIANDE_PORCINE | pork",
            "15115100-8 | VIANDE_OVINE | lamb",
            "15112000-6 | VOLAILLE | poultry",
            "15131000-5 | CHARCUTERIE | meat preserves and preparations",
            "15131410-2 | CHARCUTERIE | ham",
            "03311000-2 | PRODUITS_DE_LA_MER_FRAIS | fish",
            "15211100-1 | PRODUITS_DE_LA_MER_FRAIS | fresh fish fillets",
            "15221000-3 | SURGELES | frozen fish",
            "15810000-9 | BOULANGERIE | bread and fresh pastry",
            "15811100-7 | BOULANGERIE | bread",
            "15850000-1 | EPICERIE | pasta",
            "15831600-8 | EPICERIE | honey",
            "15321600-0 | BOISSONS | apple juice",
            "15896000-5 | SURGELES | deep-frozen products",
            "55523100-3 | PRESTATIONS_RESTAURATION | school-meal services"})
    void theDefaultNomenclatureGivesEachFoodCodeOfTheDomainReferenceItsCategory(String cpv, String category,
                                                                                  String what) {
        assertEquals(Optional.of(category), Nomenclature.defaults().categoryOf(cpv).map(HomogeneousCategory::code));
    }

    @Test
    void aCodeNoPrefixCoversHasNoDefaultCategory() {
        assertEquals(Optional.empty(), Nomenclature.defaults().categoryOf("44111200-3"));
        assertEquals(Optional.empty(), Nomenclature.defaults().categoryOf("03000000-1"));
    }

    @Test
    void theLongestMatchingPrefixWins() {
        Nomenclature nomenclature = Nomenclature.of(List.of(
                entry("03", "AGRICOLE", "Produits agricoles"),
                entry("032223", "PEPINS", "Fruits à pépins"),
                entry("0322", "FRUITS", "Fruits et légumes")));
        assertEquals("PEPINS", nomenclature.categoryOf("03222321-9").orElseThrow().code());
        assertEquals("FRUITS", nomenclature.categoryOf("03221000-6").orElseThrow().code());
        assertEquals("AGRICOLE", nomenclature.categoryOf("03142500-3").orElseThrow().code());
        assertEquals(List.of("03", "0322", "032223"),
                nomenclature.entries().stream().map(NomenclatureEntry::cpvPrefix).toList());
        assertEquals("Fruits à pépins", nomenclature.category("PEPINS").orElseThrow().label());
        assertEquals(Optional.empty(), nomenclature.category("SURGELES"));
    }

    @Test
    void eachDefaultCategoryHasOneLabel() {
        assertTrue(Nomenclature.violations(Nomenclature.defaults().entries()).isEmpty());
        assertEquals("Produits laitiers", Nomenclature.defaults().category("PRODUITS_LAITIERS").orElseThrow().label());
    }

    @Test
    void aPrefixMappedTwiceOrACodeWithTwoLabelsIsAViolationOfItsEntry() {
        List<Nomenclature.Violation> violations = Nomenclature.violations(List.of(
                entry("03", "AGRICOLE", "Produits agricoles"),
                entry("03", "AUTRE", "Autre"),
                entry("15", "AGRICOLE", "Agricole"),
                entry("3", "lower", " ")));
        assertEquals(List.of(
                        new Nomenclature.Violation(1, "cpvPrefix", "'03' is already mapped by entry 0"),
                        new Nomenclature.Violation(2, "categoryLabel",
                                "category AGRICOLE is already labelled 'Produits agricoles'"),
                        new Nomenclature.Violation(3, "cpvPrefix", "must be 2 to 8 digits of a CPV code"),
                        new Nomenclature.Violation(3, "categoryCode", "must be an upper-case code like FRUITS_LEGUMES_FRAIS"),
                        new Nomenclature.Violation(3, "categoryLabel", "must be 1 to 100 characters")),
                violations);
    }

    private static NomenclatureEntry entry(String prefix, String code, String label) {
        return new NomenclatureEntry(prefix, code, label);
    }
}
