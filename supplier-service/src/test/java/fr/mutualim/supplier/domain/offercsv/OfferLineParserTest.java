package fr.mutualim.supplier.domain.offercsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferLineParserTest {

    private static final String HEADER = "product_label\tcpv_code\tfamily\tunit\tannual_capacity\tmonths\t"
            + "unit_price_excl_tax\tprocessing_level\tdelivery_days\n";

    private static OfferLineParser.ParsedLine parse(String line) throws IOException {
        OfferCsvFile file = OfferCsvFile.open(new StringReader(HEADER + line));
        return new OfferLineParser(file).parse(file.next());
    }

    private static List<String> errors(String line) throws IOException {
        return parse(line).errors().stream().map(e -> e.line() + " " + e.column() + ": " + e.message()).toList();
    }

    @Test
    void monthsAreNumbersAndRangesSeparatedByCommasSemicolonsOrSpaces() throws IOException {
        OfferLineParser.ParsedLine parsed = parse("Pommes\t03222321-9\tFRUITS_ET_LEGUMES\tKG\t1000\t1-3;9-12, 6 \t1.35\t1\t"
                + "Tuesday;VENDREDI\n");
        assertEquals(Set.of(1, 2, 3, 6, 9, 10, 11, 12), parsed.offer().months());
        assertEquals(Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), parsed.offer().deliveryDays());
        assertEquals(new BigDecimal("1.35"), parsed.offer().unitPriceExclTax());
        assertNull(parsed.offer().monthlyCapacity());
        assertNull(parsed.supplierSiret());
    }

    @Test
    void everyBadCellIsAnErrorOfItsColumnOnItsLine() throws IOException {
        assertEquals(List.of(
                "2 product_label: is required",
                "2 annual_capacity: '1000.1234' has more than 11 digits before the point or 3 after",
                "2 months: '12-1' goes backwards; across the new year write 12-12;1-1",
                "2 unit_price_excl_tax: must be greater than 0",
                "2 processing_level: '6' is not a gamme from 1 (fresh) to 5 (ready to eat)",
                "2 delivery_days: 'someday' is not a day (MONDAY … SUNDAY, or LUNDI … DIMANCHE)"),
                errors("\t03222321-9\tFRUITS_ET_LEGUMES\tKG\t1000.1234\t12-1\t0\t6\tsomeday\n"));
        assertEquals(List.of("2 months: '13': months go from 1 to 12", "2 unit_price_excl_tax: '1,35' uses a decimal comma; write 1.35"),
                errors("Pommes\t03222321-9\tFRUITS_ET_LEGUMES\tKG\t1000\t13\t1,35\t1\tMONDAY\n"));
    }

    @Test
    void theHeaderTellsTheSeparatorAndMayListColumnsInAnyOrder() throws IOException {
        OfferCsvFile file = OfferCsvFile.open(new StringReader("\uFEFFDelivery_Days;months;product_label;cpv_code;family;"
                + "unit;annual_capacity;unit_price_excl_tax;processing_level;monthly_capacity\nlundi;1;Lait;15511000-3;"
                + "PRODUITS_LAITIERS;L;100;0.95;1;20\n"));
        assertEquals(';', file.separator());
        OfferLineParser.ParsedLine parsed = new OfferLineParser(file).parse(file.next());
        assertEquals(new BigDecimal("20"), parsed.offer().monthlyCapacity());
        assertEquals(Set.of(DayOfWeek.MONDAY), parsed.offer().deliveryDays());
    }

    @Test
    void aHeaderWithARepeatedOrUnknownColumnOrWithoutARequiredOneIsRefused() {
        HeaderException refused = assertThrows(HeaderException.class, () -> OfferCsvFile.open(new StringReader(
                "product_label,product_label,cpv_code,family,unit,annual_capacity,months,price,processing_level\n")));
        assertEquals(List.of("product_label: column 2 repeats 'product_label'",
                        "price: column 8 'price' is not a column of the offer file format",
                        "unit_price_excl_tax: is missing", "delivery_days: is missing"),
                refused.errors().stream().map(e -> e.column() + ": " + e.message()).toList());
    }
}
