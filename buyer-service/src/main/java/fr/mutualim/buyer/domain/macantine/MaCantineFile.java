package fr.mutualim.buyer.domain.macantine;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ma-cantine purchase file being read: its header tells the format and the separator (comma,
 * semicolon or tab); then its data rows come one at a time.
 */
public final class MaCantineFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_HEADER_CHARS = 4096;
    private static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    private final MaCantineFormat.Header header;
    private final char separator;
    private final CsvReader rows;

    private MaCantineFile(MaCantineFormat.Header header, char separator, CsvReader rows) {
        this.header = header;
        this.separator = separator;
        this.rows = rows;
    }

    /** Reads the header from {@code in}, which then gives the data rows; throws if it is not recognised. */
    public static MaCantineFile open(Reader in) throws IOException {
        String line = headerLine(in);
        List<List<String>> candidates = new ArrayList<>();
        for (char separator : SEPARATORS) {
            List<String> names = split(line, separator);
            Optional<MaCantineFormat.Header> header = MaCantineFormat.recognise(names);
            if (header.isPresent()) {
                return new MaCantineFile(header.get(), separator, new CsvReader(in, separator, 2));
            }
            candidates.add(names);
        }
        List<String> best = candidates.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        throw new HeaderException("The first line is not the header of a ma-cantine purchase file (8, 11 or 12 "
                + "columns separated by commas, semicolons or tabs, starting with siret or cantine_id)",
                differences(best));
    }

    public MaCantineFormat.Header header() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /** The next data row, blank lines skipped, or null at the end. */
    public CsvReader.Row next() throws IOException {
        CsvReader.Row row = rows.next();
        while (row != null && row.blank()) {
            row = rows.next();
        }
        return row;
    }

    private static String headerLine(Reader in) throws IOException {
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

    private static List<String> split(String line, char separator) throws IOException {
        return new CsvReader(new StringReader(line), separator, 1).next().fields();
    }

    /** Compares the header with the format closest in column count, to say exactly what differs. */
    private static List<LineError> differences(List<String> found) {
        List<String> names = found.stream().map(MaCantineFormat::normalise).toList();
        String canteenColumn = names.get(0).equals(MaCantineFormat.CANTEEN_ID)
                ? MaCantineFormat.CANTEEN_ID : MaCantineFormat.SIRET;
        MaCantineFormat closest = Arrays.stream(MaCantineFormat.values())
                .min(Comparator.comparingInt(f -> Math.abs(f.columnCount() - names.size()))).orElseThrow();
        List<String> expected = closest.columns(canteenColumn);
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
                errors.add(new LineError(1, column, "is not a column of the ma-cantine format"));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new LineError(1, null, "has " + names.size() + " columns; expected " + expected.size()));
        }
        return errors;
    }
}
