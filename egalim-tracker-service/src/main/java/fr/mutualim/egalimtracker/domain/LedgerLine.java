package fr.mutualim.egalimtracker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One purchase line as this service counts it: the source of truth the figures are derived from.
 * Every change carries the purchase's version: an older or equal version is ignored, and a deletion
 * leaves a tombstone with its version, so replays and reordering end in the same state.
 */
@Entity
@Table(name = "purchase_line")
public class LedgerLine {

    @Id
    @Column(name = "purchase_id")
    private UUID purchaseId;
    @Column(name = "canteen_id")
    private UUID canteenId;
    @Column(name = "purchase_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private Family family;
    /** Label codes, comma-separated, sorted. */
    private String labels;
    @Column(name = "amount_excl_tax")
    private BigDecimal amountExclTax;
    private boolean local;
    @Column(name = "local_definition")
    private String localDefinition;
    private long version;
    private boolean deleted;

    protected LedgerLine() {
        // for JPA
    }

    public LedgerLine(UUID purchaseId, UUID canteenId) {
        this.purchaseId = purchaseId;
        this.canteenId = canteenId;
    }

    /**
     * A line as its {@code purchase_line} row holds it ({@code labels} comma-separated and sorted, as
     * {@link #apply} writes them): the ledger reads and writes a whole poll's lines in one statement each.
     */
    public record Stored(UUID purchaseId, UUID canteenId, LocalDate date, Family family, String labels,
                         BigDecimal amountExclTax, boolean local, String localDefinition, long version, boolean deleted) {
    }

    /** The line a stored row describes. */
    public static LedgerLine of(Stored row) {
        LedgerLine line = new LedgerLine(row.purchaseId(), row.canteenId());
        line.date = row.date();
        line.family = row.family();
        line.labels = row.labels();
        line.amountExclTax = row.amountExclTax();
        line.local = row.local();
        line.localDefinition = row.localDefinition();
        line.version = row.version();
        line.deleted = row.deleted();
        return line;
    }

    /** The row to store for this line. */
    public Stored stored() {
        return new Stored(purchaseId, canteenId, date, family, labels, amountExclTax, local, localDefinition, version,
                deleted);
    }

    /** Takes a newer state of the purchase; an older or equal version is ignored. */
    public boolean apply(long newVersion, UUID newCanteenId, PurchaseAmount state) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        deleted = false;
        canteenId = newCanteenId;
        date = state.date();
        family = state.family();
        labels = String.join(",", new TreeSet<>(state.labels()));
        amountExclTax = state.amountExclTax();
        local = state.local();
        localDefinition = state.localDefinition();
        return true;
    }

    /** Removes the line from every share, unless a newer version of it was already applied. */
    public boolean delete(long newVersion) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        deleted = true;
        return true;
    }

    public UUID purchaseId() {
        return purchaseId;
    }

    public UUID canteenId() {
        return canteenId;
    }

    /** What the line adds to its canteen's figures now; empty for a tombstone. */
    public Optional<PurchaseAmount> counted() {
        if (deleted || date == null) {
            return Optional.empty();
        }
        Set<String> codes = labels.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(labels.split(",")));
        return Optional.of(new PurchaseAmount(date, family, codes, amountExclTax, local, localDefinition));
    }
}
