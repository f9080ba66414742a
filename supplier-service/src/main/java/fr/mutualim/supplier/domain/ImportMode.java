package fr.mutualim.supplier.domain;

/** What a bad line does to an import: reject the whole file, or only itself (as buyer-service's imports). */
public enum ImportMode {
    STRICT, LENIENT
}
