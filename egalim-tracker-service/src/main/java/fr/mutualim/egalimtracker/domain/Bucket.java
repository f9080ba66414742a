package fr.mutualim.egalimtracker.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one purchase line counts, once (domain.md §2.1): the first EGAlim group its labels match,
 * in the order of this enum, or {@link #NON_EGALIM}. FRANCE, EUROPE, CIRCUIT_COURT and LOCAL belong to
 * no group: counting them would be an illegal geographic preference.
 */
public enum Bucket {
    BIO("BIO"),
    LABEL_ROUGE("LABEL_ROUGE"),
    AOCAOP_IGP_STG("AOCAOP", "IGP", "STG"),
    HVE("HVE"),
    PECHE_DURABLE("PECHE_DURABLE"),
    RUP("RUP"),
    COMMERCE_EQUITABLE("COMMERCE_EQUITABLE"),
    FERMIER("FERMIER"),
    EXTERNALITES("EXTERNALITES"),
    PERFORMANCE("PERFORMANCE"),
    NON_EGALIM;

    /** Each label's group: a line's few labels are looked up, rather than every group's labels tried (a hot path). */
    private static final Map<String, Bucket> BY_LABEL = new HashMap<>();

    static {
        for (Bucket bucket : values()) {
            bucket.labels.forEach(label -> BY_LABEL.put(label, bucket));
        }
    }

    private final List<String> labels;

    Bucket(String... labels) {
        this.labels = List.of(labels);
    }

    /** The first group in precedence order that one of the line's labels belongs to. */
    public static Bucket of(Set<String> labels) {
        Bucket first = NON_EGALIM;
        for (String label : labels) {
            Bucket bucket = BY_LABEL.get(label);
            if (bucket != null && bucket.ordinal() < first.ordinal()) {
                first = bucket;
            }
        }
        return first;
    }

    /** Counts for durable-and-quality (organic included). */
    public boolean egalim() {
        return this != NON_EGALIM;
    }

    /** ma-cantine's "SIQO hors bio": Label Rouge and the AOC/AOP, IGP, STG group. */
    public boolean siqo() {
        return this == LABEL_ROUGE || this == AOCAOP_IGP_STG;
    }

    /** ma-cantine's "externalités / performance" value. */
    public boolean externalitiesOrPerformance() {
        return this == EXTERNALITES || this == PERFORMANCE;
    }
}
