package fr.mutualim.buyer.domain.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which homogeneous category a CPV code belongs to: the entry with the longest prefix of the
 * code's 8 digits wins. The default one is data, {@code nomenclature/default-categories.csv}; a
 * purchasing group may replace it with its own.
 */
public final class Nomenclature {

    static final String DEFAULT_DATA = "nomenclature/default-categories.csv";
    private static final Pattern PREFIX = Pattern.compile(CpvCode.PREFIX_FORMAT);
    private static final Pattern CODE = Pattern.compile(HomogeneousCategory.CODE_FORMAT);
    private static final int MAX_LABEL = 100;
    private static final Nomenclature DEFAULT = new Nomenclature(load());

    private final List<NomenclatureEntry> entries;
    private final Map<String, HomogeneousCategory> byPrefix = new HashMap<>();
    private final Map<String, HomogeneousCategory> byCode = new HashMap<>();

    private Nomenclature(List<NomenclatureEntry> entries) {
        List<Violation> violations = violations(entries);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        this.entries = entries.stream().sorted(Comparator.comparing(NomenclatureEntry::cpvPrefix)).toList();
        entries.forEach(e -> {
            byPrefix.put(e.cpvPrefix(), e.category());
            byCode.put(e.categoryCode(), e.category());
        });
    }

    /** The nomenclature shipped with Mutualim. */
    public static Nomenclature defaults() {
        return DEFAULT;
    }

    /** A nomenclature of these entries, which must have no {@link #violations}. */
    public static Nomenclature of(List<NomenclatureEntry> entries) {
        return new Nomenclature(entries);
    }

    /** One broken rule: the index of the entry, its field, and why. */
    public record Violation(int index, String field, String message) {
    }

    /**
     * Prefixes of 2 to 8 digits, each once; category codes in upper case; one label per code, so
     * that a category reads the same on every line.
     */
    public static List<Violation> violations(List<NomenclatureEntry> entries) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> prefixes = new HashMap<>();
        Map<String, NomenclatureEntry> codes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            NomenclatureEntry e = entries.get(i);
            if (e.cpvPrefix() == null || !PREFIX.matcher(e.cpvPrefix()).matches()) {
                violations.add(new Violation(i, "cpvPrefix", "must be 2 to 8 digits of a CPV code"));
            } else if (prefixes.putIfAbsent(e.cpvPrefix(), i) != null) {
                violations.add(new Violation(i, "cpvPrefix", "'" + e.cpvPrefix() + "' is already mapped by entry "
                        + prefixes.get(e.cpvPrefix())));
            }
            if (e.categoryCode() == null || !CODE.matcher(e.categoryCode()).matches()) {
                violations.add(new Violation(i, "categoryCode", "must be an upper-case code like FRUITS_LEGUMES_FRAIS"));
            } else if (e.categoryLabel() != null && codes.containsKey(e.categoryCode())
                    && !codes.get(e.categoryCode()).categoryLabel().equals(e.categoryLabel())) {
                violations.add(new Violation(i, "categoryLabel", "category " + e.categoryCode() + " is already labelled '"
                        + codes.get(e.categoryCode()).categoryLabel() + "'"));
            }
            if (e.categoryLabel() == null || e.categoryLabel().isBlank() || e.categoryLabel().length() > MAX_LABEL) {
                violations.add(new Violation(i, "categoryLabel", "must be 1 to " + MAX_LABEL + " characters"));
            } else if (e.categoryCode() != null) {
                codes.putIfAbsent(e.categoryCode(), e);
            }
        }
        return violations;
    }

    /** The category of a CPV code ({@code 03222321-9}), if some prefix of it is mapped. */
    public Optional<HomogeneousCategory> categoryOf(String cpvCode) {
        String digits = CpvCode.digits(cpvCode);
        for (int length = digits.length(); length >= 2; length--) {
            HomogeneousCategory category = byPrefix.get(digits.substring(0, length));
            if (category != null) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** The category of this code, if the nomenclature has it. */
    public Optional<HomogeneousCategory> category(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The entries, sorted by prefix. */
    public List<NomenclatureEntry> entries() {
        return entries;
    }

    private static List<NomenclatureEntry> load() {
        InputStream data = Nomenclature.class.getClassLoader().getResourceAsStream(DEFAULT_DATA);
        if (data == null) {
            throw new IllegalStateException(DEFAULT_DATA + " is missing from the classpath");
        }
        List<NomenclatureEntry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(DEFAULT_DATA + ": '" + line + "' does not have 3 cells");
                }
                entries.add(new NomenclatureEntry(cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
