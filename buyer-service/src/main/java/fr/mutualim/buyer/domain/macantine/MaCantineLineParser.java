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
import java.util.ArrayList;
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
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
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
        Cells cells = new Cells(row, header.columns());
        if (row.fields().size() != header.columns().size()) {
            cells.error(null, "has " + row.fields().size() + " columns, expected " + header.columns().size()
                    + " separated like the header");
            return cells.result(null, null);
        }
        String canteenKey = header.bySiret() ? cells.siret() : cells.canteenId();
        String description = cells.text("description", 300);
        String supplier = cells.text("fournisseur", 200);
        LocalDate date = cells.date();
        BigDecimal amount = cells.amount();
        ProductFamily family = cells.family();
        Set<PurchaseLabel> labels;
        boolean local;
        if (header.format() == MaCantineFormat.WITH_CHARACTERISTICS) {
            labels = cells.labels("caracteristiques", EnumSet.allOf(PurchaseLabel.class));
            local = labels.contains(PurchaseLabel.LOCAL);
        } else {
            labels = cells.labels("categories_egalim", EGALIM);
            cells.origin().ifPresent(labels::add);
            if (cells.yes("est_circuit_court")) {
                labels.add(PurchaseLabel.CIRCUIT_COURT);
            }
            local = cells.yes("est_local");
            if (local) {
                labels.add(PurchaseLabel.LOCAL);
            }
        }
        LocalDefinition definition = cells.localDefinition(header.format().localDefinitions());
        Integer distance = header.format().hasLocalDistance() ? cells.distance() : null;
        if (!cells.hasErrors()) {
            PurchaseLine line = new PurchaseLine(date, supplier, null, description, family, labels, amount, local,
                    definition, distance);
            PurchaseRules.check(line, today, header.format().hasLocalDistance())
                    .forEach(v -> cells.error(RULE_COLUMNS.get(v.field()), v.message()));
            return cells.result(canteenKey, line);
        }
        return cells.result(canteenKey, null);
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

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        ParsedRow result(String canteenKey, PurchaseLine line) {
            return new ParsedRow(row.line(), canteenKey, errors.isEmpty() ? line : null, List.copyOf(errors));
        }

        String siret() {
            String value = raw(MaCantineFormat.SIRET).replace(" ", "");
            if (!SIRET.matcher(value).matches()) {
                error(MaCantineFormat.SIRET, "'" + value + "' is not a SIRET (14 digits)");
                return null;
            }
            return value;
        }

        String canteenId() {
            String value = raw(MaCantineFormat.CANTEEN_ID);
            if (!UUID.matcher(value).matches()) {
                error(MaCantineFormat.CANTEEN_ID, "'" + value + "' is not a canteen id (UUID)");
                return null;
            }
            return value.toLowerCase(Locale.ROOT);
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

        LocalDate date() {
            String value = raw("date");
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                error("date", "'" + value + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        BigDecimal amount() {
            String value = raw("prix_ht");
            if (value.isEmpty()) {
                error("prix_ht", "is required");
            } else if (AMOUNT.matcher(value).matches()) {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() > 0) {
                    return amount.setScale(2);
                }
                error("prix_ht", "must be greater than 0");
            } else if (value.startsWith("-")) {
                error("prix_ht", "'" + value + "' must be greater than 0");
            } else if (DECIMAL_COMMA.matcher(value).matches()) {
                error("prix_ht", "'" + value + "' uses a decimal comma; write " + value.replace(',', '.'));
            } else {
                error("prix_ht", "'" + value + "' is not an amount in € HT (at most 10 digits, a decimal point "
                        + "and 2 decimals)");
            }
            return null;
        }

        ProductFamily family() {
            String value = raw("famille_produits");
            try {
                return ProductFamily.valueOf(value);
            } catch (IllegalArgumentException e) {
                error("famille_produits", "'" + value + "' is not a product family; expected one of "
                        + Arrays.toString(ProductFamily.values()));
                return null;
            }
        }

        Set<PurchaseLabel> labels(String column, Set<PurchaseLabel> allowed) {
            EnumSet<PurchaseLabel> labels = EnumSet.noneOf(PurchaseLabel.class);
            String value = raw(column);
            if (value.isEmpty()) {
                return labels;
            }
            for (String code : value.split(",")) {
                String trimmed = code.strip();
                PurchaseLabel label = Arrays.stream(PurchaseLabel.values()).filter(l -> l.name().equals(trimmed))
                        .findFirst().filter(allowed::contains).orElse(null);
                if (label == null) {
                    error(column, "'" + trimmed + "' is not one of " + allowed);
                } else {
                    labels.add(label);
                }
            }
            return labels;
        }

        Optional<PurchaseLabel> origin() {
            String value = raw("origine");
            return switch (value) {
                case "" -> Optional.empty();
                case "FRANCE" -> Optional.of(PurchaseLabel.FRANCE);
                case "EUROPE" -> Optional.of(PurchaseLabel.EUROPE);
                default -> {
                    error("origine", "'" + value + "' is not an origin; expected FRANCE, EUROPE or nothing");
                    yield Optional.empty();
                }
            };
        }

        boolean yes(String column) {
            String value = raw(column).toLowerCase(Locale.ROOT);
            if (!YES.contains(value) && !NO.contains(value)) {
                error(column, "'" + raw(column) + "' is neither yes (OUI, oui, x) nor no (NON, non, empty)");
            }
            return YES.contains(value);
        }

        LocalDefinition localDefinition(Set<LocalDefinition> allowed) {
            String value = raw("definition_local");
            if (value.isEmpty()) {
                return null;
            }
            LocalDefinition definition = Arrays.stream(LocalDefinition.values())
                    .filter(d -> d.name().equals(value)).findFirst().filter(allowed::contains).orElse(null);
            if (definition == null) {
                error("definition_local", "'" + value + "' is not one of " + allowed);
            }
            return definition;
        }

        Integer distance() {
            String value = raw("definition_local_km");
            if (value.isEmpty()) {
                return null;
            }
            if (!DISTANCE.matcher(value).matches() || Integer.parseInt(value) == 0
                    || Integer.parseInt(value) > MAX_DISTANCE_KM) {
                error("definition_local_km", "'" + value + "' is not a distance in whole km, 1 to " + MAX_DISTANCE_KM);
                return null;
            }
            return Integer.valueOf(value);
        }
    }
}
