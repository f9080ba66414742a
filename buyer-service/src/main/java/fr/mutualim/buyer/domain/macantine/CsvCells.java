package fr.mutualim.buyer.domain.macantine;

import fr.mutualim.chassis.csv.CsvReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The cells of one data row of a delimited file, by column name, and the errors found in them, each
 * with the row's line and the column: what every file format buyer-service reads checks a row with.
 */
public final class CsvCells {

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CsvReader.Row row;
    private final List<String> columns;
    private final List<LineError> errors = new ArrayList<>();

    /** {@code columns}: the header's column names, in file order. */
    public CsvCells(CsvReader.Row row, List<String> columns) {
        this.row = row;
        this.columns = columns;
    }

    public long line() {
        return row.line();
    }

    /** Whether the row has as many cells as the header has columns; else says so (whole line). */
    public boolean checkWidth() {
        if (row.fields().size() == columns.size()) {
            return true;
        }
        error(null, "has " + row.fields().size() + " columns, expected " + columns.size()
                + " separated like the header");
        return false;
    }

    /** The cell, trimmed. */
    public String raw(String column) {
        return row.fields().get(columns.indexOf(column)).strip();
    }

    /** Records an error in {@code column} (null: the whole line). */
    public void error(String column, String message) {
        errors.add(new LineError(row.line(), column, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<LineError> errors() {
        return List.copyOf(errors);
    }

    /** Required free text of at most {@code maxLength} characters, tabs allowed but no other control character. */
    public String text(String column, int maxLength) {
        String value = raw(column);
        if (value.isEmpty()) {
            error(column, "is required");
        } else if (value.length() > maxLength) {
            error(column, "is longer than " + maxLength + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            error(column, "contains a control character");
        }
        return value;
    }

    /** A SIRET, spaces removed, or null when it is not 14 digits. */
    public String siret(String column) {
        String value = raw(column).replace(" ", "");
        if (!SIRET.matcher(value).matches()) {
            error(column, "'" + value + "' is not a SIRET (14 digits)");
            return null;
        }
        return value;
    }

    /** A canteen id in lower case, or null when it is not a UUID. */
    public String canteenId(String column) {
        String value = raw(column);
        if (!UUID.matcher(value).matches()) {
            error(column, "'" + value + "' is not a canteen id (UUID)");
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
