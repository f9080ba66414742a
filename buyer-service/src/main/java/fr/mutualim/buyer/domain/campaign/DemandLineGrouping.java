package fr.mutualim.buyer.domain.campaign;

import fr.mutualim.buyer.domain.macantine.LineError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes lines of the valid rows of a demand line file: rows of the same product (label, CPV code
 * and unit) make one line, in the order products first appear. The first row of a product gives
 * the line's values; a later row that says otherwise, or names a site again, is an error.
 */
public final class DemandLineGrouping {

    private DemandLineGrouping() {
    }

    /** A valid row and the canteen its site key names. */
    public record SiteRow(DemandLineRowParser.ParsedRow row, UUID canteenId) {
    }

    /** One line to be: its input and the file lines it comes from. */
    public record Group(DemandLineInput input, List<Long> rows) {
    }

    public record Result(List<Group> groups, List<LineError> errors) {
    }

    public static Result group(List<SiteRow> rows, String canteenColumn) {
        Map<DemandLineRowParser.ProductKey, List<SiteRow>> byProduct = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (SiteRow row : rows) {
            List<SiteRow> same = byProduct.computeIfAbsent(row.row().product(), k -> new ArrayList<>());
            LineError conflict = same.isEmpty() ? null : conflict(same, row, canteenColumn);
            if (conflict == null) {
                same.add(row);
            } else {
                errors.add(conflict);
            }
        }
        List<Group> groups = byProduct.values().stream().map(DemandLineGrouping::line).toList();
        return new Result(groups, errors);
    }

    private static LineError conflict(List<SiteRow> same, SiteRow row, String canteenColumn) {
        DemandLineRowParser.ParsedRow first = same.get(0).row();
        DemandLineRowParser.ParsedRow next = row.row();
        List<Check> checks = List.of(
                new Check(DemandLineFile.FAMILY, DemandLineRowParser.ParsedRow::family),
                new Check(DemandLineFile.CATEGORY, DemandLineRowParser.ParsedRow::categoryCode),
                new Check(DemandLineFile.MONTHS, DemandLineRowParser.ParsedRow::months),
                new Check(DemandLineFile.DELIVERIES, DemandLineRowParser.ParsedRow::deliveriesPerWeek),
                new Check(DemandLineFile.PRICE, DemandLineRowParser.ParsedRow::price),
                new Check(DemandLineFile.LABEL, DemandLineRowParser.ParsedRow::requiredLabel));
        for (Check check : checks) {
            if (!Objects.equals(check.value().apply(first), check.value().apply(next))) {
                return new LineError(next.line(), check.column(), "differs from line " + first.line()
                        + ", where this product starts: rows of one product (label, CPV code and unit) must agree");
            }
        }
        for (SiteRow earlier : same) {
            if (earlier.canteenId().equals(row.canteenId())) {
                return new LineError(next.line(), canteenColumn, "this site already has a quantity of this product "
                        + "on line " + earlier.row().line());
            }
        }
        return null;
    }

    private record Check(String column, Function<DemandLineRowParser.ParsedRow, Object> value) {
    }

    private static Group line(List<SiteRow> rows) {
        DemandLineRowParser.ParsedRow first = rows.get(0).row();
        DemandLineInput input = new DemandLineInput(first.product().productLabel(), first.product().cpvCode(),
                first.family(), first.categoryCode(), first.product().unit(), first.months(),
                first.deliveriesPerWeek(), first.price(), first.requiredLabel(),
                rows.stream().map(r -> new SiteQuantity(r.canteenId(), r.row().quantity())).toList());
        return new Group(input, rows.stream().map(r -> r.row().line()).toList());
    }
}
