package fr.mutualim.supplier.domain;

/** A withdrawn offer is kept, for history, but no longer found by search. */
public enum OfferStatus {
    ACTIVE, WITHDRAWN
}
