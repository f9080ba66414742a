package fr.mutualim.egalimtracker.api;

/**
 * Label codes a client may name in a what-if (buyer-service's codes, ma-cantine's): the twelve EGAlim
 * labels, then FRANCE, EUROPE, CIRCUIT_COURT and LOCAL, information only. A product "en conversion" is
 * entered as BIO.
 */
public enum LabelCode {
    BIO, LABEL_ROUGE, AOCAOP, IGP, STG, HVE, PECHE_DURABLE, RUP, COMMERCE_EQUITABLE, FERMIER, EXTERNALITES,
    PERFORMANCE, FRANCE, EUROPE, CIRCUIT_COURT, LOCAL
}
