package fr.mutualim.supplier.domain;

/** Units offers are sold in. */
public enum Unit {
    KG, L, PIECE
}
