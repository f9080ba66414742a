package fr.mutualim.buyer.domain;

/** What a bad line does to an import: reject the whole file (like ma-cantine), or only itself. */
public enum ImportMode {
    STRICT, LENIENT
}
