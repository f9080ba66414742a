package fr.mutualim.buyer.domain.macantine;

/** What is wrong in a file, and where: a 1-based line and a column name (null for the whole line). */
public record LineError(long line, String column, String message) {
}
