package fr.mutualim.lotplanner.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small code sets (months, families, CPV prefixes) stored as comma-separated columns. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Integer> months(String column) {
        return split(column).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
