package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Titles and descriptions of lots. They state what is bought, for which delivery sites and in which months
 * (delivery zones and seasonality are lawful levers); they never demand an origin, a place of production, a distance
 * or "local" supply (R2111-7, no geographic preference). Free text copied from the campaign is cleaned of such words.
 */
final class LotWording {

    /** Words a lot's wording must never contain (whole words, case-insensitive). */
    static final Pattern FORBIDDEN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(local|locale|locales|locaux|localement|origine|origines|france|français|française|"
                    + "françaises|département|départemental|départementale|departement|km|kilomètres?|circuits? courts?|"
                    + "région|régional|régionale|regional|proximité|terroir)(?![\\p{L}\\p{N}])");

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,)])");

    private LotWording() {
    }

    /** The text without forbidden words (and the spaces they leave). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (!FORBIDDEN.matcher(text).find()) {
            return text;
        }
        String out = FORBIDDEN.matcher(text).replaceAll("");
        return SPACE_BEFORE_PUNCTUATION.matcher(SPACES.matcher(out).replaceAll(" ")).replaceAll("$1").trim();
    }

    static boolean isClean(String text) {
        return text == null || !FORBIDDEN.matcher(text).find();
    }

    /** {@code zonePlaces}: the zone's communes or sites, already worded ({@link #communes}, {@link #names}). */
    static String title(String categoryLabel, List<DemandLine> lines, boolean wholeCategory, String zoneCode,
            String zonePlaces, Set<Integer> seasonMonths) {
        StringBuilder t = new StringBuilder(clean(categoryLabel));
        if (!wholeCategory) {
            t.append(" — ").append(productList(lines, 3));
        }
        if (zoneCode != null) {
            t.append(" — zone ").append(zoneCode).append(" (").append(zonePlaces).append(')');
        }
        if (seasonMonths != null) {
            t.append(" — mois ").append(monthList(seasonMonths));
        }
        return t.toString();
    }

    static String description(List<DemandLine> lines, List<BigDecimal> quantities, Set<Integer> months,
            List<String> siteNames, BigDecimal annualValue) {
        StringBuilder d = new StringBuilder("Fourniture de : ");
        for (int i = 0; i < lines.size(); i++) {
            DemandLine line = lines.get(i);
            if (i > 0) {
                d.append("; ");
            }
            d.append(clean(line.productLabel())).append(" (CPV ").append(line.cpvCode()).append(", ")
                    .append(amount(quantities.get(i))).append(' ').append(unit(line.unit())).append(" par an, ")
                    .append(line.deliveriesPerWeek()).append(" livraison(s) par semaine");
            if (line.requiredLabel() != null) {
                d.append(", label ").append(line.requiredLabel()).append(" ou équivalent");
            }
            d.append(')');
        }
        d.append(". Mois de livraison : ").append(monthList(months)).append('.');
        d.append(" Sites de livraison (").append(siteNames.size()).append(") : ").append(names(siteNames, 10)).append('.');
        d.append(" Montant annuel estimé : ").append(annualValue.toPlainString()).append(" € HT.");
        return d.toString();
    }

    static String productList(List<DemandLine> lines, int max) {
        List<String> labels = lines.stream().map(l -> clean(l.productLabel())).toList();
        if (labels.size() <= max) {
            return String.join(", ", labels);
        }
        int more = labels.size() - max + 1;
        return String.join(", ", labels.subList(0, max - 1)) + " et " + more + (more == 1 ? " autre produit" : " autres produits");
    }

    /** The first {@code max} names (already cleaned) and how many more. */
    static String names(List<String> names, int max) {
        if (names.size() <= max) {
            return String.join(", ", names);
        }
        int more = names.size() - max;
        return String.join(", ", names.subList(0, max)) + " et " + more + (more == 1 ? " autre site" : " autres sites");
    }

    /**
     * The communes of a zone's sites (one entry per site), those with the most sites first, at most {@code max} named:
     * "Arras, Béthune et 3 autres communes". A commune's official name is never cut: one whose name holds a word that
     * could read as a geographic preference (Roissy-en-France) is not named, only counted among the others.
     */
    static String communes(List<String> siteCommunes, int max) {
        Map<String, Integer> sites = new LinkedHashMap<>();
        siteCommunes.forEach(c -> sites.merge(c, 1, Integer::sum));
        List<String> nameable = sites.keySet().stream().filter(LotWording::isClean)
                .sorted(Comparator.comparing((String c) -> -sites.get(c))).toList();
        int shown = Math.min(nameable.size(), sites.size() <= max ? max : max - 1);
        int more = sites.size() - shown;
        String named = String.join(", ", nameable.subList(0, shown));
        if (more == 0) {
            return named;
        }
        if (shown == 0) {
            return more + (more == 1 ? " commune" : " communes");
        }
        return named + " et " + more + (more == 1 ? " autre commune" : " autres communes");
    }

    static String monthList(Set<Integer> months) {
        return new TreeSet<>(months).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String unit(String unit) {
        return switch (unit) {
            case "KG" -> "kg";
            case "L" -> "L";
            case "PIECE" -> "pièces";
            default -> unit.toLowerCase(Locale.ROOT);
        };
    }

    static String amount(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
