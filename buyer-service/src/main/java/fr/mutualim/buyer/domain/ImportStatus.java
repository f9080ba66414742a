package fr.mutualim.buyer.domain;

/**
 * Where an import stands. REJECTED: strict mode found bad lines, nothing was imported. FAILED: the
 * import broke off (server error or restart) and nothing was imported; the file may be sent again.
 */
public enum ImportStatus {
    RUNNING, SUCCEEDED, FAILED, REJECTED
}
