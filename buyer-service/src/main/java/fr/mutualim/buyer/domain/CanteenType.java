package fr.mutualim.buyer.domain;

/** Kinds of establishments that run a canteen. */
public enum CanteenType {
    ECOLE, COLLEGE, LYCEE, UNIVERSITE, EHPAD, HOPITAL, RESTAURANT_ADMINISTRATIF, CUISINE_CENTRALE, AUTRE
}
