package fr.mutualim.chassis.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsMayHoldTheSeparatorQuotesAndLineBreaks() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,\"BIO,IGP\",\"say \"\"hi\"\"\"\r\nb,\"two\nlines\",c\nd,e,f"), ',', 2);
        assertEquals(new CsvReader.Row(2, List.of("a", "BIO,IGP", "say \"hi\"")), reader.next());
        assertEquals(new CsvReader.Row(3, List.of("b", "two\nlines", "c")), reader.next());
        assertEquals(new CsvReader.Row(5, List.of("d", "e", "f")), reader.next(), "line numbers count the break in a quote");
        assertNull(reader.next());
    }

    @Test
    void emptyFieldsAndBlankLinesAreKept() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a;;c\n\n"), ';', 1);
        assertEquals(List.of("a", "", "c"), reader.next().fields());
        assertTrue(reader.next().blank());
        assertNull(reader.next());
    }

    @Test
    void anUnclosedQuoteIsAFormatErrorOnTheLineWhereItOpens() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a\tb\nc\t\"open\nd\te"), '\t', 2);
        reader.next();
        CsvFormatException e = assertThrows(CsvFormatException.class, reader::next);
        assertEquals(3, e.line());
    }
}
