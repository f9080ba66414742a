package fr.mutualim.supplier.domain.offercsv;

import fr.mutualim.chassis.csv.CsvReader;
import fr.mutualim.supplier.domain.CpvCode;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.domain.ProductFamily;
import fr.mutualim.supplier.domain.Siret;
import fr.mutualim.supplier.domain.Unit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a data row of an offer file into an offer, or into the reasons it cannot be one, checking
 * each cell as the offer API checks its field (see {@code OfferRequest}); every bad cell gets its
 * own error, named by its column.
 */
public final class OfferLineParser {

    static final int MAX_LABEL = 200;
    /** Items of a list cell (months, delivery days): commas, semicolons or spaces between them. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");
    private static final Pattern MONTH_RANGE = Pattern.compile("(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Map<String, DayOfWeek> FRENCH_DAYS = Map.of("LUNDI", DayOfWeek.MONDAY,
            "MARDI", DayOfWeek.TUESDAY, "MERCREDI", DayOfWeek.WEDNESDAY, "JEUDI", DayOfWeek.THURSDAY,
            "VENDREDI", DayOfWeek.FRIDAY, "SAMEDI", DayOfWeek.SATURDAY, "DIMANCHE", DayOfWeek.SUNDAY);

    private final OfferCsvFile file;

    public OfferLineParser(OfferCsvFile file) {
        this.file = file;
    }

    /**
     * A parsed row: the SIRET of the supplier it is for (null: the supplier the file is sent to), the
     * offer if every cell is valid, and the errors otherwise.
     */
    public record ParsedLine(long line, String supplierSiret, OfferDetails offer, List<LineError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public ParsedLine parse(CsvReader.Row row) {
        if (row.fields().size() != file.columnCount()) {
            return new ParsedLine(row.line(), null, null, List.of(new LineError(row.line(), null, "has "
                    + row.fields().size() + " fields; the header has " + file.columnCount()
                    + " (is a cell holding the separator '" + printable(file.separator()) + "' not quoted?)")));
        }
        Cells cells = new Cells(row);
        String siret = cells.siret();
        String label = cells.label();
        String cpv = cells.cpv();
        ProductFamily family = cells.oneOf(OfferColumn.FAMILY, ProductFamily.class);
        Unit unit = cells.oneOf(OfferColumn.UNIT, Unit.class);
        BigDecimal annual = cells.quantity(OfferColumn.ANNUAL_CAPACITY, 11, 3, true);
        Set<Integer> months = cells.months();
        BigDecimal monthly = cells.quantity(OfferColumn.MONTHLY_CAPACITY, 11, 3, false);
        BigDecimal price = cells.quantity(OfferColumn.UNIT_PRICE_EXCL_TAX, 10, 2, true);
        Integer level = cells.processingLevel();
        Set<DayOfWeek> days = cells.days();
        if (!cells.errors.isEmpty()) {
            return new ParsedLine(row.line(), siret, null, List.copyOf(cells.errors));
        }
        return new ParsedLine(row.line(), siret, new OfferDetails(label, cpv, family, unit, annual, months, monthly,
                price, level, days), List.of());
    }

    private static List<String> items(String cell) {
        return Arrays.stream(LIST_SEPARATOR.split(cell)).filter(item -> !item.isEmpty()).toList();
    }

    /** A cell's value as messages show it: quoted, and cut short if long. */
    static String quoted(String value) {
        return "'" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "'";
    }

    private static String printable(char separator) {
        return separator == '\t' ? "\\t" : String.valueOf(separator);
    }

    /** The cells of one row, read column by column; each bad cell adds an error and reads as null. */
    private final class Cells {

        private final CsvReader.Row row;
        private final List<LineError> errors = new ArrayList<>();

        Cells(CsvReader.Row row) {
            this.row = row;
        }

        /** The trimmed cell, empty when the column is not in the file. */
        private String text(OfferColumn column) {
            return file.position(column).map(i -> row.fields().get(i).strip()).orElse("");
        }

        private void error(OfferColumn column, String message) {
            errors.add(new LineError(row.line(), column.header(), message));
        }

        private boolean present(OfferColumn column) {
            if (text(column).isEmpty()) {
                error(column, "is required");
                return false;
            }
            return true;
        }

        String siret() {
            String value = text(OfferColumn.SUPPLIER_SIRET).replace(" ", "");
            if (value.isEmpty()) {
                return null;
            }
            Siret.problem(value).ifPresent(reason -> error(OfferColumn.SUPPLIER_SIRET,
                    quoted(value) + " is not a SIRET: " + reason));
            return value;
        }

        String label() {
            String value = text(OfferColumn.PRODUCT_LABEL);
            if (!present(OfferColumn.PRODUCT_LABEL)) {
                return null;
            }
            if (value.length() > MAX_LABEL) {
                error(OfferColumn.PRODUCT_LABEL, "has " + value.length() + " characters; at most " + MAX_LABEL);
            }
            return value;
        }

        String cpv() {
            String value = text(OfferColumn.CPV_CODE);
            if (present(OfferColumn.CPV_CODE) && !CpvCode.isValid(value)) {
                error(OfferColumn.CPV_CODE, quoted(value) + " is not a CPV code like 03222321-9");
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(OfferColumn column, Class<E> type) {
            String value = text(column);
            if (!present(column)) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, quoted(value) + " is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /** A positive decimal with a decimal point, at most {@code integer} digits before it and {@code fraction} after. */
        BigDecimal quantity(OfferColumn column, int integer, int fraction, boolean required) {
            String value = text(column);
            if (value.isEmpty()) {
                if (required) {
                    error(column, "is required");
                }
                return null;
            }
            if (value.matches("\\d+,\\d+")) {
                error(column, quoted(value) + " uses a decimal comma; write " + value.replace(',', '.'));
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                error(column, quoted(value) + " is not a number like 1250 or 1.35 (digits, a decimal point)");
                return null;
            }
            BigDecimal number = new BigDecimal(value);
            if (number.signum() <= 0) {
                error(column, "must be greater than 0");
            } else if (number.precision() - number.scale() > integer || number.stripTrailingZeros().scale() > fraction) {
                error(column, quoted(value) + " has more than " + integer + " digits before the point or " + fraction
                        + " after");
            }
            return number;
        }

        /** Month numbers and ranges: {@code 1-3;9-12}, {@code 1,2,3} or {@code 9 10 11}. */
        Set<Integer> months() {
            String value = text(OfferColumn.MONTHS);
            if (!present(OfferColumn.MONTHS)) {
                return null;
            }
            Set<Integer> months = new TreeSet<>();
            for (String item : items(value)) {
                Matcher range = MONTH_RANGE.matcher(item);
                if (!range.matches()) {
                    error(OfferColumn.MONTHS, quoted(item) + " is not a month (1 to 12) nor a range like 9-12");
                    return null;
                }
                int from = Integer.parseInt(range.group(1));
                int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
                if (from < 1 || from > 12 || to < 1 || to > 12) {
                    error(OfferColumn.MONTHS, quoted(item) + ": months go from 1 to 12");
                    return null;
                }
                if (to < from) {
                    error(OfferColumn.MONTHS, quoted(item) + " goes backwards; across the new year write " + from
                            + "-12;1-" + to);
                    return null;
                }
                for (int month = from; month <= to; month++) {
                    months.add(month);
                }
            }
            return months;
        }

        Integer processingLevel() {
            String value = text(OfferColumn.PROCESSING_LEVEL);
            if (!present(OfferColumn.PROCESSING_LEVEL)) {
                return null;
            }
            if (!value.matches("[1-5]")) {
                error(OfferColumn.PROCESSING_LEVEL, quoted(value) + " is not a gamme from 1 (fresh) to 5 (ready to eat)");
                return null;
            }
            return Integer.parseInt(value);
        }

        /** Day names in English or French, any case: {@code TUESDAY,FRIDAY} or {@code mardi;vendredi}. */
        Set<DayOfWeek> days() {
            String value = text(OfferColumn.DELIVERY_DAYS);
            if (!present(OfferColumn.DELIVERY_DAYS)) {
                return null;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String item : items(value)) {
                String name = item.toUpperCase(Locale.ROOT);
                DayOfWeek day = FRENCH_DAYS.get(name);
                if (day == null) {
                    try {
                        day = DayOfWeek.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        error(OfferColumn.DELIVERY_DAYS, quoted(item) + " is not a day (MONDAY … SUNDAY, or LUNDI … DIMANCHE)");
                        return null;
                    }
                }
                days.add(day);
            }
            return days;
        }
    }
}
