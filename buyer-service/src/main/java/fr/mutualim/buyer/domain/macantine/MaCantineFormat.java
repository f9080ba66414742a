package fr.mutualim.buyer.domain.macantine;

import fr.mutualim.buyer.domain.LocalDefinition;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The published variants of the ma-cantine purchase file (docs: domain.md §2.4), told apart by
 * their header. The first column names the canteen, by {@code siret} or by {@code cantine_id}.
 */
public enum MaCantineFormat {

    /** The current one: origin, flags, and a local definition that may be a radius in km. */
    WITH_LOCAL_DISTANCE(List.of("description", "fournisseur", "date", "prix_ht", "famille_produits",
            "categories_egalim", "origine", "est_circuit_court", "est_local", "definition_local",
            "definition_local_km"),
            EnumSet.of(LocalDefinition.PAT, LocalDefinition.COMMUNE, LocalDefinition.DEPARTEMENT,
                    LocalDefinition.REGION, LocalDefinition.KM)),

    /** Without a distance column; "local" may mean 200 km around the canteen (AUTOUR_SERVICE). */
    WITH_AROUND_SERVICE(List.of("description", "fournisseur", "date", "prix_ht", "famille_produits",
            "categories_egalim", "origine", "est_circuit_court", "est_local", "definition_local"),
            EnumSet.of(LocalDefinition.AUTOUR_SERVICE, LocalDefinition.DEPARTEMENT, LocalDefinition.REGION,
                    LocalDefinition.PAT, LocalDefinition.AUTRE)),

    /** The old one: EGAlim codes and FRANCE, EUROPE, CIRCUIT_COURT, LOCAL mixed in one column. */
    WITH_CHARACTERISTICS(List.of("description", "fournisseur", "date", "prix_ht", "famille_produits",
            "caracteristiques", "definition_local"),
            EnumSet.of(LocalDefinition.REGION, LocalDefinition.DEPARTEMENT, LocalDefinition.PAT,
                    LocalDefinition.COMMUNE, LocalDefinition.KM, LocalDefinition.AUTRE));

    public static final String SIRET = "siret";
    public static final String CANTEEN_ID = "cantine_id";

    private final List<String> columnsAfterCanteen;
    private final Set<LocalDefinition> localDefinitions;

    MaCantineFormat(List<String> columnsAfterCanteen, Set<LocalDefinition> localDefinitions) {
        this.columnsAfterCanteen = columnsAfterCanteen;
        this.localDefinitions = localDefinitions;
    }

    /** A recognised header: which format, and whether canteens are named by SIRET or by id. */
    public record Header(MaCantineFormat format, String canteenColumn) {

        public boolean bySiret() {
            return SIRET.equals(canteenColumn);
        }

        public List<String> columns() {
            return format.columns(canteenColumn);
        }
    }

    /** Column names are compared trimmed and case-insensitively ({@link CsvHeader#normalise}). */
    public static Optional<Header> recognise(List<String> names) {
        List<String> normalised = names.stream().map(CsvHeader::normalise).toList();
        for (MaCantineFormat format : values()) {
            for (String canteenColumn : List.of(SIRET, CANTEEN_ID)) {
                if (normalised.equals(format.columns(canteenColumn))) {
                    return Optional.of(new Header(format, canteenColumn));
                }
            }
        }
        return Optional.empty();
    }

    public List<String> columns(String canteenColumn) {
        return Stream.concat(Stream.of(canteenColumn), columnsAfterCanteen.stream())
                .toList();
    }

    public int columnCount() {
        return columnsAfterCanteen.size() + 1;
    }

    public Set<LocalDefinition> localDefinitions() {
        return localDefinitions;
    }

    /** Only the current format can give a distance, so only there does KM require one. */
    public boolean hasLocalDistance() {
        return this == WITH_LOCAL_DISTANCE;
    }
}
