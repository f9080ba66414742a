package fr.mutualim.egalimtracker.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * EGAlim targets as dated data, read from {@code egalim-targets.csv} (reviewed against domain.md §2.3):
 * one row per territory and range of years. Targets change by decree; the file changes, not the code.
 */
public final class Targets {

    static final String RESOURCE = "/egalim-targets.csv";

    /** Targets of one territory for the years {@code fromYear} to {@code untilYear} (null: open-ended). */
    public record Rule(Territory territory, int fromYear, Integer untilYear, BigDecimal bio, BigDecimal durable,
                       BigDecimal meatFish) {
        boolean covers(Territory t, int year) {
            return territory == t && year >= fromYear && (untilYear == null || year <= untilYear);
        }
    }

    private final List<Rule> rules;

    Targets(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The reviewed file shipped with the service. */
    public static Targets shipped() {
        try (InputStream in = Objects.requireNonNull(Targets.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Targets parse(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            if (header) {
                header = false; // territory,from_year,until_year,bio,durable,meat_fish
                continue;
            }
            String[] f = content.split(",", -1);
            rules.add(new Rule(Territory.valueOf(f[0].strip()), Integer.parseInt(f[1].strip()), integer(f[2]),
                    new BigDecimal(f[3].strip()), new BigDecimal(f[4].strip()), decimal(f[5])));
        }
        return new Targets(rules);
    }

    private static Integer integer(String value) {
        return value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static BigDecimal decimal(String value) {
        return value.isBlank() ? null : new BigDecimal(value.strip());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The targets of a territory and year checked against the shares; none before the first target year. */
    public List<TargetCheck> check(Territory territory, int year, TargetBasis shares) {
        List<TargetCheck> checks = new ArrayList<>();
        rules.stream().filter(r -> r.covers(territory, year)).findFirst().ifPresent(rule -> {
            checks.add(TargetCheck.of(TargetKind.BIO, rule.bio(), shares.bioPercent()));
            checks.add(TargetCheck.of(TargetKind.DURABLE, rule.durable(), shares.durableAndQualityPercent()));
            if (rule.meatFish() != null) {
                checks.add(TargetCheck.of(TargetKind.MEAT_FISH, rule.meatFish(), shares.meatAndFishPercent()));
            }
        });
        return checks;
    }
}
