package fr.mutualim.lotplanner.domain.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Procurement thresholds as dated data (they change every two years), read from
 * {@code planning/procurement-thresholds.csv}: {@code threshold,valid_from,valid_until,value,unit,source}.
 * An empty {@code valid_until} is open-ended. When a date is after the last known period of a threshold, the last
 * known value is used and {@link Lookup#warning()} says so.
 */
public final class ProcurementThresholds {

    /** Threshold kinds of the data file. */
    public enum Kind { FORMAL, NO_PUBLICITY, SMALL_LOT, SMALL_LOTS_ENVELOPE }

    /** One dated row. {@code validUntil} null = open-ended. */
    public record Row(Kind kind, LocalDate validFrom, LocalDate validUntil, BigDecimal value, String unit, String source) {}

    /** The value in force on a date, with a warning when the date is beyond the known periods. */
    public record Lookup(BigDecimal value, String source, String warning) {}

    private static final String RESOURCE = "/planning/procurement-thresholds.csv";
    private final List<Row> rows;

    private ProcurementThresholds(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Loads the reviewed data file shipped with the service. */
    public static ProcurementThresholds load() {
        try (InputStream in = ProcurementThresholds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the CSV (header row first; the source column may be double-quoted). */
    public static ProcurementThresholds parse(Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null || !header.trim().toLowerCase(Locale.ROOT).startsWith("threshold,valid_from,valid_until,value,unit")) {
                throw new IllegalArgumentException("line 1: expected header threshold,valid_from,valid_until,value,unit,source");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(parseRow(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Kind kind : Kind.values()) {
            if (rows.stream().noneMatch(r -> r.kind() == kind)) {
                throw new IllegalArgumentException("no row for threshold " + kind);
            }
        }
        return new ProcurementThresholds(rows);
    }

    private static Row parseRow(String line, int number) {
        String[] cells = splitCsv(line);
        if (cells.length < 5) {
            throw new IllegalArgumentException("line " + number + ": expected 6 columns");
        }
        try {
            Kind kind = Kind.valueOf(cells[0].trim());
            LocalDate from = LocalDate.parse(cells[1].trim());
            LocalDate until = cells[2].isBlank() ? null : LocalDate.parse(cells[2].trim());
            BigDecimal value = new BigDecimal(cells[3].trim());
            String unit = cells[4].trim();
            if (!unit.equals(kind == Kind.SMALL_LOTS_ENVELOPE ? "PERCENT" : "EUR_HT")) {
                throw new IllegalArgumentException("line " + number + ", column unit: unexpected unit " + unit + " for " + kind);
            }
            return new Row(kind, from, until, value, unit, cells.length > 5 ? cells[5] : "");
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    /** All rows, as read. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The value of {@code kind} in force on {@code date}. Before the first known period there is no lawful value to
     * assume, so this throws; after the last one the last value is kept, with a warning.
     */
    public Lookup at(Kind kind, LocalDate date) {
        List<Row> ofKind = rows.stream().filter(r -> r.kind() == kind)
                .sorted(Comparator.comparing(Row::validFrom)).toList();
        for (Row row : ofKind) {
            if (!date.isBefore(row.validFrom()) && (row.validUntil() == null || !date.isAfter(row.validUntil()))) {
                return new Lookup(row.value(), row.source(), null);
            }
        }
        Row last = ofKind.get(ofKind.size() - 1);
        if (last.validUntil() != null && date.isAfter(last.validUntil())) {
            return new Lookup(last.value(), last.source(), "threshold " + kind + " is known until " + last.validUntil()
                    + "; " + last.value().toPlainString() + " was used for " + date + ": check the thresholds in force");
        }
        throw new IllegalArgumentException("no threshold " + kind + " known for " + date);
    }
}
