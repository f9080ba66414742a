package fr.mutualim.buyer.domain.macantine;

import fr.mutualim.buyer.domain.LocalDefinition;
import fr.mutualim.buyer.domain.ProductFamily;
import fr.mutualim.buyer.domain.PurchaseLabel;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.domain.PurchaseRules;
import fr.mutualim.chassis.csv.CsvReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one data row of a ma-cantine file into a purchase line, or says every reason it cannot,
 * each with its column. The canteen is only checked for form here; finding it is the caller's job.
 */
public final class MaCantineLineParser {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    /** The same bound as the JSON API's localDistanceKm. */
    private static final int MAX_DISTANCE_KM = 10_000;
    private static final Pattern DISTANCE = Pattern.compile("\\d{1,5}");
    private static final Set<PurchaseLabel> EGALIM = EnumSet.range(PurchaseLabel.BIO, PurchaseLabel.PERFORMANCE);
    private static final Set<String> YES = Set.of("oui", "x");
    private static final Set<String> NO = Set.of("non", "");
    private static final Map<String, String> RULE_COLUMNS = Map.of(
            PurchaseRules.DATE, "date",
            PurchaseRules.LOCAL_DEFINITION, "definition_local",
            PurchaseRules.LOCAL_DISTANCE_KM, "definition_local_km");

    private final MaCantineFormat.Header header;
    private final LocalDate today;

    public MaCantineLineParser(MaCantineFormat.Header header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** A parsed row: the canteen key (a SIRET or a canteen id) and the line, or the errors. */
    public record ParsedRow(long line, String canteenKey, PurchaseLine purchase, List<LineError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public ParsedRow parse(CsvReader.Row row) {
        CsvCells cells = new CsvCells(row, header.columns());
        if (!cells.checkWidth()) {
            return result(cells, null, null);
        }
        String canteenKey = header.bySiret() ? cells.siret(MaCantineFormat.SIRET)
                : cells.canteenId(MaCantineFormat.CANTEEN_ID);
        String description = cells.text("description", 300);
        String supplier = cells.text("fournisseur", 200);
        LocalDate date = date(cells);
        BigDecimal amount = amount(cells);
        ProductFamily family = family(cells);
        Set<PurchaseLabel> labels;
        boolean local;
        if (header.format() == MaCantineFormat.WITH_CHARACTERISTICS) {
            labels = labels(cells, "caracteristiques", EnumSet.allOf(PurchaseLabel.class));
            local = labels.contains(PurchaseLabel.LOCAL);
        } else {
            labels = labels(cells, "categories_egalim", EGALIM);
            origin(cells).ifPresent(labels::add);
            if (yes(cells, "est_circuit_court")) {
                labels.add(PurchaseLabel.CIRCUIT_COURT);
            }
            local = yes(cells, "est_local");
            if (local) {
                labels.add(PurchaseLabel.LOCAL);
            }
        }
        LocalDefinition definition = localDefinition(cells, header.format().localDefinitions());
        Integer distance = header.format().hasLocalDistance() ? distance(cells) : null;
        if (!cells.hasErrors()) {
            PurchaseLine line = new PurchaseLine(date, supplier, null, description, family, labels, amount, local,
                    definition, distance);
            PurchaseRules.check(line, today, header.format().hasLocalDistance())
                    .forEach(v -> cells.error(RULE_COLUMNS.get(v.field()), v.message()));
            return result(cells, canteenKey, line);
        }
        return result(cells, canteenKey, null);
    }

    private static ParsedRow result(CsvCells cells, String canteenKey, PurchaseLine line) {
        return new ParsedRow(cells.line(), canteenKey, cells.hasErrors() ? null : line, cells.errors());
    }

    private static LocalDate date(CsvCells cells) {
        String value = cells.raw("date");
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            cells.error("date", "'" + value + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static BigDecimal amount(CsvCells cells) {
        String value = cells.raw("prix_ht");
        if (value.isEmpty()) {
            cells.error("prix_ht", "is required");
        } else if (AMOUNT.matcher(value).matches()) {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() > 0) {
                return amount.setScale(2);
            }
            cells.error("prix_ht", "must be greater than 0");
        } else if (value.startsWith("-")) {
            cells.error("prix_ht", "'" + value + "' must be greater than 0");
        } else if (DECIMAL_COMMA.matcher(value).matches()) {
            cells.error("prix_ht", "'" + value + "' uses a decimal comma; write " + value.replace(',', '.'));
        } else {
            cells.error("prix_ht", "'" + value + "' is not an amount in € HT (at most 10 digits, a decimal point "
                    + "and 2 decimals)");
        }
        return null;
    }

    private static ProductFamily family(CsvCells cells) {
        String value = cells.raw("famille_produits");
        try {
            return ProductFamily.valueOf(value);
        } catch (IllegalArgumentException e) {
            cells.error("famille_produits", "'" + value + "' is not a product family; expected one of "
                    + Arrays.toString(ProductFamily.values()));
            return null;
        }
    }

    private static Set<PurchaseLabel> labels(CsvCells cells, String column, Set<PurchaseLabel> allowed) {
        EnumSet<PurchaseLabel> labels = EnumSet.noneOf(PurchaseLabel.class);
        String value = cells.raw(column);
        if (value.isEmpty()) {
            return labels;
        }
        for (String code : value.split(",")) {
            String trimmed = code.strip();
            PurchaseLabel label = Arrays.stream(PurchaseLabel.values()).filter(l -> l.name().equals(trimmed))
                    .findFirst().filter(allowed::contains).orElse(null);
            if (label == null) {
                cells.error(column, "'" + trimmed + "' is not one of " + allowed);
            } else {
                labels.add(label);
            }
        }
        return labels;
    }

    private static Optional<PurchaseLabel> origin(CsvCells cells) {
        String value = cells.raw("origine");
        return switch (value) {
            case "" -> Optional.empty();
            case "FRANCE" -> Optional.of(PurchaseLabel.FRANCE);
            case "EUROPE" -> Optional.of(PurchaseLabel.EUROPE);
            default -> {
                cells.error("origine", "'" + value + "' is not an origin; expected FRANCE, EUROPE or nothing");
                yield Optional.empty();
            }
        };
    }

    private static boolean yes(CsvCells cells, String column) {
        String value = cells.raw(column).toLowerCase(Locale.ROOT);
        if (!YES.contains(value) && !NO.contains(value)) {
            cells.error(column, "'" + cells.raw(column) + "' is neither yes (OUI, oui, x) nor no (NON, non, empty)");
        }
        return YES.contains(value);
    }

    private static LocalDefinition localDefinition(CsvCells cells, Set<LocalDefinition> allowed) {
        String value = cells.raw("definition_local");
        if (value.isEmpty()) {
            return null;
        }
        LocalDefinition definition = Arrays.stream(LocalDefinition.values())
                .filter(d -> d.name().equals(value)).findFirst().filter(allowed::contains).orElse(null);
        if (definition == null) {
            cells.error("definition_local", "'" + value + "' is not one of " + allowed);
        }
        return definition;
    }

    private static Integer distance(CsvCells cells) {
        String value = cells.raw("definition_local_km");
        if (value.isEmpty()) {
            return null;
        }
        if (!DISTANCE.matcher(value).matches() || Integer.parseInt(value) == 0
                || Integer.parseInt(value) > MAX_DISTANCE_KM) {
            cells.error("definition_local_km", "'" + value + "' is not a distance in whole km, 1 to " + MAX_DISTANCE_KM);
            return null;
        }
        return Integer.valueOf(value);
    }
}
