package fr.mutualim.buyer.domain.campaign;

import static fr.mutualim.buyer.domain.campaign.DemandLineFile.CATEGORY;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.CPV;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.DELIVERIES;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.FAMILY;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.LABEL;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.MONTHS;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.PRICE;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.PRODUCT;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.QUANTITY;
import static fr.mutualim.buyer.domain.campaign.DemandLineFile.UNIT;

import fr.mutualim.buyer.domain.ProductFamily;
import fr.mutualim.buyer.domain.macantine.LineError;
import fr.mutualim.chassis.csv.CsvReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one data row of a demand line file into one site's quantity of one product, or says every
 * reason it cannot, each with its column. The canteen is only checked for form here; finding it
 * is the caller's job.
 */
public final class DemandLineRowParser {

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CATEGORY_CODE = Pattern.compile(HomogeneousCategory.CODE_FORMAT);
    private static final Pattern QUANTITY_FORMAT = Pattern.compile("\\d{1,11}(\\.\\d{1,3})?");
    private static final Pattern PRICE_FORMAT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern MONTH_RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-\\s*(\\d{1,2}))?");
    private static final Pattern DELIVERIES_FORMAT = Pattern.compile("[1-7]");

    private final DemandLineFile file;

    public DemandLineRowParser(DemandLineFile file) {
        this.file = file;
    }

    /** The product a row is about: rows with the same make one line. */
    public record ProductKey(String productLabel, String cpvCode, DemandUnit unit) {
    }

    /** A parsed row: the product, its line-level values, one site's quantity, or the errors. */
    public record ParsedRow(long line, ProductKey product, ProductFamily family, String categoryCode,
                            SortedSet<Integer> months, Integer deliveriesPerWeek, BigDecimal price,
                            RequiredLabel requiredLabel, String canteenKey, BigDecimal quantity,
                            List<LineError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public ParsedRow parse(CsvReader.Row row) {
        Cells cells = new Cells(row, DemandLineFile.columns(file.canteenColumn()));
        if (row.fields().size() != cells.columns.size()) {
            cells.error(null, "has " + row.fields().size() + " columns, expected " + cells.columns.size()
                    + " separated like the header");
            return new ParsedRow(row.line(), null, null, null, null, null, null, null, null, null, cells.errors);
        }
        String product = cells.text(PRODUCT, 200);
        String cpv = cells.cpv();
        ProductFamily family = cells.choice(FAMILY, ProductFamily.class);
        String category = cells.category();
        DemandUnit unit = cells.choice(UNIT, DemandUnit.class);
        String canteenKey = file.bySiret() ? cells.siret() : cells.canteenId();
        BigDecimal quantity = cells.decimal(QUANTITY, QUANTITY_FORMAT, 3, "a quantity a year (at most 11 digits, "
                + "a decimal point and 3 decimals)");
        SortedSet<Integer> months = cells.months();
        Integer deliveries = cells.deliveries();
        BigDecimal price = cells.decimal(PRICE, PRICE_FORMAT, 2, "an amount in € HT (at most 10 digits, a decimal "
                + "point and 2 decimals)");
        RequiredLabel label = cells.raw(LABEL).isEmpty() ? null : cells.choice(LABEL, RequiredLabel.class);
        return new ParsedRow(row.line(), new ProductKey(product, cpv, unit), family, category, months, deliveries,
                price, label, canteenKey, quantity, List.copyOf(cells.errors));
    }

    /** The cells of one row by column name, and the errors found in them. */
    private static final class Cells {

        private final CsvReader.Row row;
        private final List<String> columns;
        private final List<LineError> errors = new ArrayList<>();

        Cells(CsvReader.Row row, List<String> columns) {
            this.row = row;
            this.columns = columns;
        }

        String raw(String column) {
            return row.fields().get(columns.indexOf(column)).strip();
        }

        void error(String column, String message) {
            errors.add(new LineError(row.line(), column, message));
        }

        String text(String column, int maxLength) {
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

        String cpv() {
            String value = raw(CPV);
            if (!CpvCode.isValid(value)) {
                error(CPV, "'" + value + "' is not a CPV code like 03222321-9");
            }
            return value;
        }

        String category() {
            String value = raw(CATEGORY);
            if (value.isEmpty()) {
                return null;
            }
            if (!CATEGORY_CODE.matcher(value).matches()) {
                error(CATEGORY, "'" + value + "' is not a category code like FRUITS_LEGUMES_FRAIS");
            }
            return value;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = raw(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                error(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        String siret() {
            String value = raw(DemandLineFile.SIRET).replace(" ", "");
            if (!SIRET.matcher(value).matches()) {
                error(DemandLineFile.SIRET, "'" + value + "' is not a SIRET (14 digits)");
                return null;
            }
            return value;
        }

        String canteenId() {
            String value = raw(DemandLineFile.CANTEEN_ID);
            if (!UUID.matcher(value).matches()) {
                error(DemandLineFile.CANTEEN_ID, "'" + value + "' is not a canteen id (UUID)");
                return null;
            }
            return value.toLowerCase(Locale.ROOT);
        }

        BigDecimal decimal(String column, Pattern format, int scale, String what) {
            String value = raw(column);
            if (value.isEmpty()) {
                error(column, "is required");
            } else if (value.matches("\\d+,\\d+")) {
                error(column, "'" + value + "' uses a decimal comma; write " + value.replace(',', '.'));
            } else if (!format.matcher(value).matches()) {
                error(column, "'" + value + "' is not " + what);
            } else if (new BigDecimal(value).signum() == 0) {
                error(column, "must be greater than 0");
            } else {
                return new BigDecimal(value).setScale(scale);
            }
            return null;
        }

        /** {@code 1-3;9-12}, {@code 1,2,3} or both mixed: months and ranges of months, 1 to 12. */
        SortedSet<Integer> months() {
            String value = raw(MONTHS);
            SortedSet<Integer> months = new TreeSet<>();
            for (String part : value.split("[,;]")) {
                Matcher range = MONTH_RANGE.matcher(part.strip());
                if (!range.matches()) {
                    error(MONTHS, "'" + value + "' is not a list of months 1 to 12, like 1-3;9-12 or 1,2,3");
                    return null;
                }
                int from = Integer.parseInt(range.group(1));
                int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
                if (from < 1 || to > 12 || to < from) {
                    error(MONTHS, "'" + part.strip() + "' is not a month or a range of months within 1 to 12");
                    return null;
                }
                for (int m = from; m <= to; m++) {
                    months.add(m);
                }
            }
            return months;
        }

        Integer deliveries() {
            String value = raw(DELIVERIES);
            if (!DELIVERIES_FORMAT.matcher(value).matches()) {
                error(DELIVERIES, "'" + value + "' is not a number of deliveries a week, 1 to 7");
                return null;
            }
            return Integer.valueOf(value);
        }
    }
}
