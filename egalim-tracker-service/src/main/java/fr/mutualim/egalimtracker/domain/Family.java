package fr.mutualim.egalimtracker.domain;

/** Product families, ma-cantine codes (domain.md §2.2). */
public enum Family {
    VIANDES_VOLAILLES, CHARCUTERIE, PRODUITS_DE_LA_MER, FRUITS_ET_LEGUMES, PRODUITS_LAITIERS, BOULANGERIE,
    BOISSONS, AUTRES;

    /** The two families of the 60 % meat and fish target, taken together; charcuterie is not one of them. */
    public boolean meatOrFish() {
        return this == VIANDES_VOLAILLES || this == PRODUITS_DE_LA_MER;
    }
}
