package fr.mutualim.buyer.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The territory whose EGAlim targets apply to a canteen (domain.md §2.3), derived from its
 * département. Which département belongs to which territory is data, in
 * {@code territory/departments.csv}: code prefixes, the longest matching one wins, and any
 * département not listed is mainland France (Corsica included).
 */
public enum Territory {
    METROPOLE, GUADELOUPE, MARTINIQUE, GUYANE, LA_REUNION, SAINT_PIERRE_ET_MIQUELON, MAYOTTE, SAINT_BARTHELEMY,
    SAINT_MARTIN, AUTRE_OUTRE_MER;

    static final String DATA = "territory/departments.csv";

    private static final Map<String, Territory> BY_PREFIX = load();

    /** The territory of a département code ({@code 62}, {@code 2A}, {@code 974}, {@code 988}). */
    public static Territory ofDepartment(String departmentCode) {
        for (int length = departmentCode.length(); length > 0; length--) {
            Territory territory = BY_PREFIX.get(departmentCode.substring(0, length));
            if (territory != null) {
                return territory;
            }
        }
        return METROPOLE;
    }

    private static Map<String, Territory> load() {
        InputStream data = Territory.class.getClassLoader().getResourceAsStream(DATA);
        if (data == null) {
            throw new IllegalStateException(DATA + " is missing from the classpath");
        }
        Map<String, Territory> byPrefix = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != 2 || byPrefix.put(cells[0].strip(), valueOf(cells[1].strip())) != null) {
                    throw new IllegalStateException(DATA + ": bad or repeated line '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byPrefix);
    }
}
