package fr.mutualim.lotplanner.domain.planning;

/** Award procedure of a lot. */
public enum Procedure {
    /** R2122-8: no advertising nor competition. */
    NEGOTIATED_WITHOUT_PUBLICITY,
    /** Adapted procedure (procédure adaptée, R2123-1). */
    MAPA,
    /** Formal procedure: appel d'offres (R2124-1). */
    FORMAL_TENDER
}
