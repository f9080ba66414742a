package fr.mutualim.buyer.domain.macantine;

import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header line of a delimited file, shared by the file formats buyer-service reads: read after
 * an optional byte order mark, split by a candidate separator, and compared with the expected
 * columns to say exactly what differs.
 */
public final class CsvHeader {

    /** The separators a file may use, in the order they are tried. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_HEADER_CHARS = 4096;

    private CsvHeader() {
    }

    /** The first line, without BOM nor line end; {@code in} is left at the start of line 2. */
    public static String read(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c == BYTE_ORDER_MARK) {
            c = in.read();
        }
        while (c >= 0 && c != '\n') {
            if (line.length() == MAX_HEADER_CHARS) {
                throw new HeaderException("The first line is too long to be a header",
                        List.of(new LineError(1, null, "is longer than " + MAX_HEADER_CHARS + " characters")));
            }
            if (c != '\r') {
                line.append((char) c);
            }
            c = in.read();
        }
        if (line.toString().isBlank()) {
            throw new HeaderException("The file is empty: it needs a header line",
                    List.of(new LineError(1, null, "is empty; expected the header")));
        }
        return line.toString();
    }

    public static List<String> split(String line, char separator) throws IOException {
        return new CsvReader(new StringReader(line), separator, 1).next().fields();
    }

    /** Column names are compared trimmed and case-insensitively, as spreadsheet exports vary. */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What differs between a header and the expected columns: with as many columns, one error per
     * column that differs; otherwise one per missing and one per unknown column.
     */
    public static List<LineError> differences(List<String> found, List<String> expected, String format) {
        List<String> names = found.stream().map(CsvHeader::normalise).toList();
        List<LineError> errors = new ArrayList<>();
        if (expected.size() == names.size()) {
            for (int i = 0; i < names.size(); i++) {
                if (!expected.get(i).equals(names.get(i))) {
                    errors.add(new LineError(1, expected.get(i), "column " + (i + 1) + " must be '" + expected.get(i)
                            + "', found '" + found.get(i).strip() + "'"));
                }
            }
            return errors;
        }
        Set<String> present = new HashSet<>(names);
        for (String column : expected) {
            if (!present.contains(column)) {
                errors.add(new LineError(1, column, "is missing (" + expected.size() + " columns expected: "
                        + String.join(",", expected) + ")"));
            }
        }
        Set<String> known = new HashSet<>(expected);
        for (String column : names) {
            if (!known.contains(column)) {
                errors.add(new LineError(1, column, "is not a column of " + format));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new LineError(1, null, "has " + names.size() + " columns; expected " + expected.size()));
        }
        return errors;
    }
}
