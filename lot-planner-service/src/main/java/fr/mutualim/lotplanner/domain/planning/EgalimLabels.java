package fr.mutualim.lotplanner.domain.planning;

import java.util.Collection;
import java.util.List;

/**
 * The EGAlim label groups of domain.md §2.1, in precedence order: a purchase counts once, in the first group one of
 * its labels belongs to. The one list both for the projection (labels of the awarded supplier's certificates) and for
 * the current shares (labels of past purchase lines). FRANCE, EUROPE, CIRCUIT_COURT and LOCAL belong to no group:
 * counting them would be an illegal geographic preference. Organic conversion arrives as BIO (certificates map
 * BIO_CONVERSION to BIO; purchases enter it as BIO).
 */
public final class EgalimLabels {

    public static final String BIO = "BIO";

    /** Label groups in precedence order. A certificate never gives the last two: they are award criteria. */
    static final List<List<String>> GROUPS = List.of(List.of(BIO), List.of("LABEL_ROUGE"), List.of("AOCAOP", "IGP", "STG"),
            List.of("HVE"), List.of("PECHE_DURABLE"), List.of("RUP"), List.of("COMMERCE_EQUITABLE"), List.of("FERMIER"),
            List.of("EXTERNALITES"), List.of("PERFORMANCE"));

    private EgalimLabels() {
    }

    /** The key of the first group (in precedence order) one of the labels belongs to, or null if none counts. */
    public static String groupOf(Collection<String> labels) {
        for (List<String> group : GROUPS) {
            if (group.stream().anyMatch(labels::contains)) {
                return key(group);
            }
        }
        return null;
    }

    static String key(List<String> group) {
        return String.join("_", group);
    }
}
