package fr.mutualim.buyer.domain.macantine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.buyer.domain.LocalDefinition;
import fr.mutualim.buyer.domain.ProductFamily;
import fr.mutualim.buyer.domain.PurchaseLabel;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.chassis.csv.CsvReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaCantineLineParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final MaCantineFormat.Header TWELVE = new MaCantineFormat.Header(
            MaCantineFormat.WITH_LOCAL_DISTANCE, MaCantineFormat.SIRET);
    private static final MaCantineFormat.Header ELEVEN = new MaCantineFormat.Header(
            MaCantineFormat.WITH_AROUND_SERVICE, MaCantineFormat.SIRET);
    private static final MaCantineFormat.Header EIGHT = new MaCantineFormat.Header(
            MaCantineFormat.WITH_CHARACTERISTICS, MaCantineFormat.CANTEEN_ID);
    private static final String GOOD = "21620041000019|Pommes|GAEC|2026-03-14|412.5|FRUITS_ET_LEGUMES|BIO, IGP|FRANCE|x|OUI|KM|40";

    @Test
    void aGoodLineOfTheCurrentFormatBecomesAPurchaseWithItsCharacteristics() {
        MaCantineLineParser.ParsedRow row = parse(TWELVE, GOOD);
        assertEquals(List.of(), row.errors());
        assertEquals("21620041000019", row.canteenKey());
        PurchaseLine line = row.purchase();
        assertEquals(LocalDate.of(2026, 3, 14), line.date());
        assertEquals(new BigDecimal("412.50"), line.amountExclTax());
        assertEquals(ProductFamily.FRUITS_ET_LEGUMES, line.family());
        assertEquals(EnumSet.of(PurchaseLabel.BIO, PurchaseLabel.IGP, PurchaseLabel.FRANCE, PurchaseLabel.CIRCUIT_COURT,
                PurchaseLabel.LOCAL), line.labels());
        assertTrue(line.local());
        assertEquals(LocalDefinition.KM, line.localDefinition());
        assertEquals(40, line.localDistanceKm());
        assertNull(line.supplierSiret());
    }

    @Test
    void kmWithoutADistanceIsAnErrorOnTheDistanceColumn() {
        assertEquals(List.of(new LineError(7, "definition_local_km", "is required when the local definition is KM")),
                parse(TWELVE, GOOD.replace("|KM|40", "|KM|")).errors());
    }

    @Test
    void eachBadCellIsReportedWithItsColumn() {
        List<LineError> errors = parse(TWELVE,
                "2162|Pommes||2026-02-30|-3|FRUITS|BIOLOGIQUE|ASIE|peut-être|OUI|COMMUNE|").errors();
        assertEquals(List.of("siret", "fournisseur", "date", "prix_ht", "famille_produits", "categories_egalim",
                "origine", "est_circuit_court"), errors.stream().map(LineError::column).toList());
        assertEquals("'-3' must be greater than 0", errors.get(4 - 1).message());
    }

    @Test
    void malformedAmountsAreExplained() {
        assertEquals("'12,50' uses a decimal comma; write 12.50", amountError("12,50"));
        assertEquals("must be greater than 0", amountError("0.00"));
        assertTrue(amountError("12.345").contains("2 decimals"));
        assertTrue(amountError("douze").contains("not an amount"));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertEquals(List.of(new LineError(7, "date", "must not be in the future (today is 2026-03-20)")),
                parse(TWELVE, GOOD.replace("2026-03-14", "2026-03-21")).errors());
    }

    @Test
    void eachFormatAcceptsOnlyItsOwnLocalDefinitions() {
        assertEquals("definition_local", parse(TWELVE, GOOD.replace("|KM|40", "|AUTOUR_SERVICE|")).errors().get(0).column());
        String eleven = "21620041000019|Pommes|GAEC|2026-03-14|10|AUTRES||EUROPE||oui|AUTOUR_SERVICE";
        MaCantineLineParser.ParsedRow row = parse(ELEVEN, eleven);
        assertEquals(List.of(), row.errors());
        assertEquals(LocalDefinition.AUTOUR_SERVICE, row.purchase().localDefinition());
        assertEquals(EnumSet.of(PurchaseLabel.EUROPE, PurchaseLabel.LOCAL), row.purchase().labels());
    }

    @Test
    void theOldFormatMixesLabelsAndCharacteristicsAndNamesTheCanteenById() {
        String id = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21";
        MaCantineLineParser.ParsedRow row = parse(EIGHT, id + "|Lait|Coop|2026-01-05|99.90|PRODUITS_LAITIERS|BIO,LOCAL,FRANCE|KM");
        assertEquals(List.of(), row.errors(), "KM has no distance column in this format");
        assertEquals(id, row.canteenKey());
        assertTrue(row.purchase().local());
        assertEquals(EnumSet.of(PurchaseLabel.BIO, PurchaseLabel.FRANCE, PurchaseLabel.LOCAL), row.purchase().labels());
    }

    @Test
    void aLocalDefinitionOnANonLocalPurchaseAndAWrongColumnCountAreErrors() {
        assertEquals("definition_local", parse(ELEVEN,
                "21620041000019|Pommes|GAEC|2026-03-14|10|AUTRES|||non||REGION").errors().get(0).column());
        List<LineError> short_ = parse(TWELVE, "21620041000019|Pommes").errors();
        assertEquals(1, short_.size());
        assertNull(short_.get(0).column());
        assertFalse(parse(TWELVE, "21620041000019|Pommes").valid());
    }

    private static String amountError(String amount) {
        return parse(TWELVE, GOOD.replace("412.5", amount)).errors().get(0).message();
    }

    private static MaCantineLineParser.ParsedRow parse(MaCantineFormat.Header header, String cells) {
        return new MaCantineLineParser(header, TODAY).parse(new CsvReader.Row(7, Arrays.asList(cells.split("\\|", -1))));
    }
}
