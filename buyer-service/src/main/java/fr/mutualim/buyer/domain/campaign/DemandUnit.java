package fr.mutualim.buyer.domain.campaign;

/** Units a need is counted in: the same codes as supplier offers, so that needs and offers compare. */
public enum DemandUnit {
    KG, L, PIECE
}
