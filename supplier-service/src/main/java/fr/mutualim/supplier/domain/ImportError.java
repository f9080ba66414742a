package fr.mutualim.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rejected cell or line of an import: a 1-based line of the file, a column (or null), and the reason. */
@Embeddable
public record ImportError(long line, @Column(name = "column_name") String column, String message) {
}
