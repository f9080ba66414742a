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
import fr.mutualim.buyer.domain.macantine.CsvCells;
import fr.mutualim.buyer.domain.macantine.LineError;
import fr.mutualim.chassis.csv.CsvReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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

    private static final Pattern CATEGORY_CODE = Pattern.compile(HomogeneousCategory.CODE_FORMAT);
    private static final Pattern QUANTITY_FORMAT = Pattern.compile("\\d{1,11}(\\.\\d{1,3})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
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
        CsvCells cells = new CsvCells(row, DemandLineFile.columns(file.canteenColumn()));
        if (!cells.checkWidth()) {
            return new ParsedRow(row.line(), null, null, null, null, null, null, null, null, null, cells.errors());
        }
        String product = cells.text(PRODUCT, 200);
        String cpv = cpv(cells);
        ProductFamily family = choice(cells, FAMILY, ProductFamily.class);
        String category = category(cells);
        DemandUnit unit = choice(cells, UNIT, DemandUnit.class);
        String canteenKey = file.bySiret() ? cells.siret(DemandLineFile.SIRET)
                : cells.canteenId(DemandLineFile.CANTEEN_ID);
        BigDecimal quantity = decimal(cells, QUANTITY, QUANTITY_FORMAT, 3, "a quantity a year (at most 11 digits, "
                + "a decimal point and 3 decimals)");
        SortedSet<Integer> months = months(cells);
        Integer deliveries = deliveries(cells);
        BigDecimal price = decimal(cells, PRICE, PRICE_FORMAT, 2, "an amount in € HT (at most 10 digits, a decimal "
                + "point and 2 decimals)");
        RequiredLabel label = cells.raw(LABEL).isEmpty() ? null : choice(cells, LABEL, RequiredLabel.class);
        return new ParsedRow(row.line(), new ProductKey(product, cpv, unit), family, category, months, deliveries,
                price, label, canteenKey, quantity, cells.errors());
    }

    private static String cpv(CsvCells cells) {
        String value = cells.raw(CPV);
        if (!CpvCode.isValid(value)) {
            cells.error(CPV, "'" + value + "' is not a CPV code like 03222321-9");
        }
        return value;
    }

    private static String category(CsvCells cells) {
        String value = cells.raw(CATEGORY);
        if (value.isEmpty()) {
            return null;
        }
        if (!CATEGORY_CODE.matcher(value).matches()) {
            cells.error(CATEGORY, "'" + value + "' is not a category code like FRUITS_LEGUMES_FRAIS");
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(CsvCells cells, String column, Class<E> type) {
        String value = cells.raw(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            cells.error(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static BigDecimal decimal(CsvCells cells, String column, Pattern format, int scale, String what) {
        String value = cells.raw(column);
        if (value.isEmpty()) {
            cells.error(column, "is required");
        } else if (DECIMAL_COMMA.matcher(value).matches()) {
            cells.error(column, "'" + value + "' uses a decimal comma; write " + value.replace(',', '.'));
        } else if (!format.matcher(value).matches()) {
            cells.error(column, "'" + value + "' is not " + what);
        } else if (new BigDecimal(value).signum() == 0) {
            cells.error(column, "must be greater than 0");
        } else {
            return new BigDecimal(value).setScale(scale);
        }
        return null;
    }

    /** {@code 1-3;9-12}, {@code 1,2,3} or both mixed: months and ranges of months, 1 to 12. */
    private static SortedSet<Integer> months(CsvCells cells) {
        String value = cells.raw(MONTHS);
        SortedSet<Integer> months = new TreeSet<>();
        for (String part : value.split("[,;]")) {
            Matcher range = MONTH_RANGE.matcher(part.strip());
            if (!range.matches()) {
                cells.error(MONTHS, "'" + value + "' is not a list of months 1 to 12, like 1-3;9-12 or 1,2,3");
                return null;
            }
            int from = Integer.parseInt(range.group(1));
            int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
            if (from < 1 || to > 12 || to < from) {
                cells.error(MONTHS, "'" + part.strip() + "' is not a month or a range of months within 1 to 12");
                return null;
            }
            for (int m = from; m <= to; m++) {
                months.add(m);
            }
        }
        return months;
    }

    private static Integer deliveries(CsvCells cells) {
        String value = cells.raw(DELIVERIES);
        if (!DELIVERIES_FORMAT.matcher(value).matches()) {
            cells.error(DELIVERIES, "'" + value + "' is not a number of deliveries a week, 1 to 7");
            return null;
        }
        return Integer.valueOf(value);
    }
}
