package fr.mutualim.buyer.domain.campaign;

import fr.mutualim.buyer.domain.macantine.CsvHeader;
import fr.mutualim.buyer.domain.macantine.HeaderException;
import fr.mutualim.chassis.csv.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file of demand lines being read (docs/csv-formats.md): one row per product and delivery site.
 * Its header tells the separator (comma, semicolon or tab) and whether sites are named by
 * {@code siret} or {@code cantine_id}; then its data rows come one at a time.
 */
public final class DemandLineFile {

    public static final String SIRET = "siret";
    public static final String CANTEEN_ID = "cantine_id";
    public static final String PRODUCT = "produit";
    public static final String CPV = "code_cpv";
    public static final String FAMILY = "famille_produits";
    public static final String CATEGORY = "categorie";
    public static final String UNIT = "unite";
    public static final String QUANTITY = "quantite_annuelle";
    public static final String MONTHS = "mois";
    public static final String DELIVERIES = "livraisons_par_semaine";
    public static final String PRICE = "prix_unitaire_ht";
    public static final String LABEL = "label_exige";

    private final String canteenColumn;
    private final char separator;
    private final CsvReader rows;

    private DemandLineFile(String canteenColumn, char separator, CsvReader rows) {
        this.canteenColumn = canteenColumn;
        this.separator = separator;
        this.rows = rows;
    }

    /** The columns, in order, with sites named by {@code canteenColumn}. */
    public static List<String> columns(String canteenColumn) {
        return Stream.concat(Stream.of(PRODUCT, CPV, FAMILY, CATEGORY, UNIT, canteenColumn),
                Stream.of(QUANTITY, MONTHS, DELIVERIES, PRICE, LABEL)).toList();
    }

    /** Reads the header from {@code in}, which then gives the data rows; throws if it is not recognised. */
    public static DemandLineFile open(Reader in) throws IOException {
        String line = CsvHeader.read(in);
        List<List<String>> candidates = new ArrayList<>();
        for (char separator : CsvHeader.SEPARATORS) {
            List<String> names = CsvHeader.split(line, separator);
            List<String> normalised = names.stream().map(CsvHeader::normalise).toList();
            for (String canteenColumn : List.of(SIRET, CANTEEN_ID)) {
                if (normalised.equals(columns(canteenColumn))) {
                    return new DemandLineFile(canteenColumn, separator, new CsvReader(in, separator, 2));
                }
            }
            candidates.add(names);
        }
        List<String> best = candidates.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        String canteenColumn = best.stream().map(CsvHeader::normalise).anyMatch(CANTEEN_ID::equals) ? CANTEEN_ID : SIRET;
        throw new HeaderException("The first line is not the header of a demand line file (11 columns separated by "
                + "commas, semicolons or tabs: " + String.join(",", columns("siret|cantine_id")) + ")",
                CsvHeader.differences(best, columns(canteenColumn), "the demand line format"));
    }

    public String canteenColumn() {
        return canteenColumn;
    }

    public boolean bySiret() {
        return SIRET.equals(canteenColumn);
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
}
