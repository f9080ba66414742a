package fr.mutualim.buyer.domain.macantine;

import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A ma-cantine purchase file being read: its header tells the format and the separator (comma,
 * semicolon or tab); then its data rows come one at a time.
 */
public final class MaCantineFile {

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
        String line = CsvHeader.read(in);
        List<List<String>> candidates = new ArrayList<>();
        for (char separator : CsvHeader.SEPARATORS) {
            List<String> names = CsvHeader.split(line, separator);
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

    /** Compares the header with the format closest in column count, to say exactly what differs. */
    private static List<LineError> differences(List<String> found) {
        String canteenColumn = CsvHeader.normalise(found.get(0)).equals(MaCantineFormat.CANTEEN_ID)
                ? MaCantineFormat.CANTEEN_ID : MaCantineFormat.SIRET;
        MaCantineFormat closest = Arrays.stream(MaCantineFormat.values())
                .min(Comparator.comparingInt(f -> Math.abs(f.columnCount() - found.size()))).orElseThrow();
        return CsvHeader.differences(found, closest.columns(canteenColumn), "the ma-cantine format");
    }
}
