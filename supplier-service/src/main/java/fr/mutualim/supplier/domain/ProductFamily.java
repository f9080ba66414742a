package fr.mutualim.supplier.domain;

/** ma-cantine product families (docs/glossary.md). */
public enum ProductFamily {
    VIANDES_VOLAILLES, CHARCUTERIE, PRODUITS_DE_LA_MER, FRUITS_ET_LEGUMES, PRODUITS_LAITIERS, BOULANGERIE,
    BOISSONS, AUTRES
}
