package fr.mutualim.buyer.domain;

/**
 * What the buyer means by "local" for one purchase (ma-cantine {@code definition_local}). Each
 * published import format accepts its own subset; {@code KM} is a radius given in km.
 * {@code AUTOUR_SERVICE} is 200 km around the canteen. Information only, never EGAlim.
 */
public enum LocalDefinition {
    PAT, COMMUNE, DEPARTEMENT, REGION, KM, AUTOUR_SERVICE, AUTRE
}
