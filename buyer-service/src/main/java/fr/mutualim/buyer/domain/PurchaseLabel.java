package fr.mutualim.buyer.domain;

/**
 * Labels and characteristics a purchase line may carry (ma-cantine codes). The first twelve are
 * EGAlim labels; FRANCE, EUROPE, CIRCUIT_COURT and LOCAL are information only and never count.
 */
public enum PurchaseLabel {
    BIO, LABEL_ROUGE, AOCAOP, IGP, STG, HVE, PECHE_DURABLE, RUP, COMMERCE_EQUITABLE, FERMIER, EXTERNALITES,
    PERFORMANCE, FRANCE, EUROPE, CIRCUIT_COURT, LOCAL
}
