package fr.mutualim.buyer.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.buyer.domain.macantine.LineError;
import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandLineRowParserTest {

    private static final String HEADER = "produit\tcode_cpv\tfamille_produits\tcategorie\tunite\tsiret\t"
            + "quantite_annuelle\tmois\tlivraisons_par_semaine\tprix_unitaire_ht\tlabel_exige\n";

    @ParameterizedTest(name = "''{0}'' is months {1}")
    @CsvSource(delimiter = '|', value = {
            "1-3;9-12 | [1, 2, 3, 9, 10, 11, 12]",
            "1,2,3 | [1, 2, 3]",
            "12 | [12]",
            " 3 - 4 , 1 | [1, 3, 4]",
            "1-12 | [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]"})
    void monthsAreListsOfMonthsAndRanges(String months, String expected) throws IOException {
        DemandLineRowParser.ParsedRow row = parse(months);
        assertTrue(row.valid(), row.errors().toString());
        assertEquals(expected, row.months().toString());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(delimiter = '|', value = {"0", "13", "3-1", "1-", "janvier", "''"})
    void monthsOutsideOneToTwelveOrUnreadableAreAnErrorOfTheColumn(String months) throws IOException {
        List<LineError> errors = parse(months).errors();
        assertEquals(1, errors.size());
        assertEquals("mois", errors.get(0).column());
        assertEquals(2, errors.get(0).line());
    }

    private static DemandLineRowParser.ParsedRow parse(String months) throws IOException {
        DemandLineFile file = DemandLineFile.open(new StringReader(HEADER
                + "Pommes\t03222321-9\tFRUITS_ET_LEGUMES\t\tKG\t21620041000019\t12\t" + months + "\t1\t1.40\t\n"));
        assertEquals('\t', file.separator());
        CsvReader.Row row = file.next();
        return new DemandLineRowParser(file).parse(row);
    }
}
