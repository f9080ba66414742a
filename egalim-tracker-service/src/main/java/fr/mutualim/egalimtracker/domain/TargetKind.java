package fr.mutualim.egalimtracker.domain;

/** The three EGAlim targets (domain.md §2.3). */
public enum TargetKind {
    /** Organic share of all food purchases. */
    BIO,
    /** Durable-and-quality share (organic included) of all food purchases. */
    DURABLE,
    /** EGAlim share of meat and fish purchases, the two families taken together. */
    MEAT_FISH
}
