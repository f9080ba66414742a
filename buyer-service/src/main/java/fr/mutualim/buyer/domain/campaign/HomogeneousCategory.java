package fr.mutualim.buyer.domain.campaign;

/**
 * A catégorie homogène: supplies of the same kind whose estimated values are added up over the
 * whole operation to choose the procedure (CCP R2121-6), and the usual unit of a lot.
 */
public record HomogeneousCategory(String code, String label) {

    public static final String CODE_FORMAT = "[A-Z][A-Z0-9_]{1,49}";
}
