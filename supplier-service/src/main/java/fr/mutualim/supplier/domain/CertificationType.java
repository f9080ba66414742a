package fr.mutualim.supplier.domain;

import java.util.Optional;

/**
 * What a certificate certifies. Most give an EGAlim label (domain.md §2.1); organic conversion
 * counts as organic. MSC, ASC and Bleu-Blanc-Cœur are kept because buyers ask for them, but they
 * are not EGAlim labels and never count.
 */
public enum CertificationType {
    BIO("BIO"),
    BIO_CONVERSION("BIO"),
    LABEL_ROUGE("LABEL_ROUGE"),
    AOCAOP("AOCAOP"),
    IGP("IGP"),
    STG("STG"),
    HVE("HVE"),
    PECHE_DURABLE("PECHE_DURABLE"),
    RUP("RUP"),
    COMMERCE_EQUITABLE("COMMERCE_EQUITABLE"),
    FERMIER("FERMIER"),
    MSC(null),
    ASC(null),
    BLEU_BLANC_COEUR(null);

    private final String egalimLabel;

    CertificationType(String egalimLabel) {
        this.egalimLabel = egalimLabel;
    }

    /** The EGAlim label code this certification gives, if it counts at all. */
    public Optional<String> egalimLabel() {
        return Optional.ofNullable(egalimLabel);
    }

    /** Whether it gives the EGAlim label {@code code}. */
    public boolean gives(String code) {
        return egalimLabel != null && egalimLabel.equals(code);
    }

    public boolean countsForEgalim() {
        return egalimLabel != null;
    }
}
