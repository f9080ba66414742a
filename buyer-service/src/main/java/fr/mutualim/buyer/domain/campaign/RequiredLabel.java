package fr.mutualim.buyer.domain.campaign;

/**
 * The EGAlim label a need may require (written "or equivalent" in a tender). EXTERNALITES and
 * PERFORMANCE are award criteria, not labels a product carries, so they cannot be required.
 */
public enum RequiredLabel {
    BIO, LABEL_ROUGE, AOCAOP, IGP, STG, HVE, PECHE_DURABLE, RUP, COMMERCE_EQUITABLE, FERMIER
}
