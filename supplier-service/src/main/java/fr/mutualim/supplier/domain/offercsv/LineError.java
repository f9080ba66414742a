package fr.mutualim.supplier.domain.offercsv;

/** What is wrong in a file: a 1-based physical line, a column name (null for the whole line), and why. */
public record LineError(long line, String column, String message) {
}
