package fr.mutualim.buyer.domain;

/** Who runs a canteen's kitchen: its own staff (régie directe), or a catering company (gestion concédée). */
public enum ManagementMode {
    DIRECT, CONTRACTED_OUT
}
