package fr.mutualim.egalimtracker.domain;

import java.time.LocalDate;

/**
 * The finest grain the figures need: one purchase line falls in exactly one cell, and every figure
 * is a sum over cells. {@code localDefinition} is empty for a line that is not local; {@code fairTrade}
 * is kept apart because the declaration reports fair trade inside bio and inside the other labels.
 */
public record Cell(int year, int month, Family family, Bucket bucket, boolean local, String localDefinition,
                   boolean france, boolean fairTrade) {

    public Cell {
        localDefinition = local && localDefinition != null ? localDefinition : "";
    }

    public static Cell of(PurchaseAmount line) {
        LocalDate date = line.date();
        return new Cell(date.getYear(), date.getMonthValue(), line.family(), Bucket.of(line.labels()), line.local(),
                line.localDefinition(), line.labels().contains("FRANCE"), line.labels().contains("COMMERCE_EQUITABLE"));
    }
}
