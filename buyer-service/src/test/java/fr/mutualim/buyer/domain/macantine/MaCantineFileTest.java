package fr.mutualim.buyer.domain.macantine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaCantineFileTest {

    static final String TWELVE = "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
            + "origine,est_circuit_court,est_local,definition_local,definition_local_km";
    static final String ELEVEN = "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
            + "origine,est_circuit_court,est_local,definition_local";
    static final String EIGHT = "siret,description,fournisseur,date,prix_ht,famille_produits,caracteristiques,"
            + "definition_local";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|,|WITH_LOCAL_DISTANCE", "12|;|WITH_LOCAL_DISTANCE", "12|TAB|WITH_LOCAL_DISTANCE",
            "11|,|WITH_AROUND_SERVICE", "11|;|WITH_AROUND_SERVICE", "8|,|WITH_CHARACTERISTICS",
            "8|TAB|WITH_CHARACTERISTICS"})
    void eachPublishedFormatIsRecognisedByItsHeaderWhateverTheSeparator(int columns, String separator, String format)
            throws IOException {
        String sep = separator.equals("TAB") ? "\t" : separator;
        String header = (columns == 12 ? TWELVE : columns == 11 ? ELEVEN : EIGHT).replace(",", sep);
        MaCantineFile file = MaCantineFile.open(new StringReader(header + "\r\nx" + sep + "y\n"));
        assertEquals(MaCantineFormat.valueOf(format), file.header().format());
        assertEquals(sep.charAt(0), file.separator());
        assertEquals(new CsvReader.Row(2, List.of("x", "y")), file.next());
    }

    @Test
    void aByteOrderMarkAndCaseAndSpacesInTheHeaderAreTolerated() throws IOException {
        MaCantineFile file = MaCantineFile.open(new StringReader("\uFEFF" + EIGHT.toUpperCase().replace(",", " ; ")
                .replace("SIRET", "CANTINE_ID")));
        assertEquals(MaCantineFormat.WITH_CHARACTERISTICS, file.header().format());
        assertEquals(MaCantineFormat.CANTEEN_ID, file.header().canteenColumn());
    }

    @Test
    void aMisnamedColumnIsReportedOnLineOneWithTheExpectedName() {
        HeaderException e = assertThrows(HeaderException.class,
                () -> MaCantineFile.open(new StringReader(TWELVE.replace("prix_ht", "montant"))));
        assertEquals(List.of(new LineError(1, "prix_ht", "column 5 must be 'prix_ht', found 'montant'")), e.errors());
    }

    @Test
    void aMissingColumnIsNamed() {
        HeaderException e = assertThrows(HeaderException.class,
                () -> MaCantineFile.open(new StringReader(TWELVE.replace(",origine", ""))));
        assertEquals("origine", e.errors().get(0).column());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        HeaderException e = assertThrows(HeaderException.class, () -> MaCantineFile.open(new StringReader("")));
        assertEquals(1, e.errors().get(0).line());
    }
}
