package fr.mutualim.buyer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored error of an import: a 1-based line of the file, a column (or null), and the reason. */
@Embeddable
public record ImportError(long line, @Column(name = "column_name") String column, String message) {
}
