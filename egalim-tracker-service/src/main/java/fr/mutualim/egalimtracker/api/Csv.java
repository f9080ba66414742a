package fr.mutualim.egalimtracker.api;

import java.util.List;
import java.util.stream.Collectors;

/** Comma-separated text with a header row; a field is quoted only when it holds a comma, a quote or a line break. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    static String of(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(Csv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
