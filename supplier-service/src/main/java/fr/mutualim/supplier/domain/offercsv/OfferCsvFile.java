package fr.mutualim.supplier.domain.offercsv;

import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An offer file being read: its header names the columns (in any order) and tells the separator;
 * then its data rows come one at a time, so a file of any size needs constant memory.
 */
public final class OfferCsvFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_HEADER_CHARS = 4096;
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final Map<OfferColumn, Integer> positions;
    private final int columnCount;
    private final char separator;
    private final CsvReader rows;

    private OfferCsvFile(Map<OfferColumn, Integer> positions, int columnCount, char separator, CsvReader rows) {
        this.positions = positions;
        this.columnCount = columnCount;
        this.separator = separator;
        this.rows = rows;
    }

    /** Reads the header from {@code in}, which then gives the data rows; throws if the header is not valid. */
    public static OfferCsvFile open(Reader in) throws IOException {
        String line = headerLine(in);
        char separator = separatorOf(line);
        List<String> cells = new CsvReader(new StringReader(line), separator, 1).next().fields();
        Map<OfferColumn, Integer> positions = new EnumMap<>(OfferColumn.class);
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Optional<OfferColumn> column = OfferColumn.named(cells.get(i));
            String found = cells.get(i).strip();
            found = found.length() > 60 ? found.substring(0, 60) + "…" : found;
            if (column.isEmpty()) {
                errors.add(new LineError(1, found, "column " + (i + 1) + " '" + found + "' is not a column of the offer "
                        + "file format"));
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                errors.add(new LineError(1, found, "column " + (i + 1) + " repeats '" + column.get().header() + "'"));
            }
        }
        for (OfferColumn column : OfferColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(new LineError(1, column.header(), "is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new HeaderException("The first line is not the header of an offer file: " + errors.size()
                    + " problem(s) with its columns; nothing was imported", errors);
        }
        return new OfferCsvFile(positions, cells.size(), separator, new CsvReader(in, separator, 2));
    }

    /** The next data row, blank lines skipped, or null at the end. */
    public CsvReader.Row next() throws IOException {
        CsvReader.Row row = rows.next();
        while (row != null && row.blank()) {
            row = rows.next();
        }
        return row;
    }

    public char separator() {
        return separator;
    }

    /** How many fields every data row must have: as many as the header. */
    public int columnCount() {
        return columnCount;
    }

    /** Where a column is in the rows, if the header has it. */
    public Optional<Integer> position(OfferColumn column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** The separator the header uses most: column names hold none of the three. */
    private static char separatorOf(String header) {
        char best = SEPARATORS[0];
        long bestCount = -1;
        for (char candidate : SEPARATORS) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
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
}
