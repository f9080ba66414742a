package fr.mutualim.egalimtracker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One purchase line as this service counts it. Every change carries the purchase's version: an
 * older or equal version is ignored, and a deletion leaves a tombstone with its version.
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
    private String family;
    /** Label codes, comma-separated, sorted. */
    private String labels;
    @Column(name = "amount_excl_tax")
    private BigDecimal amountExclTax;
    private long version;
    private boolean deleted;

    protected LedgerLine() {
        // for JPA
    }

    public LedgerLine(UUID purchaseId, UUID canteenId) {
        this.purchaseId = purchaseId;
        this.canteenId = canteenId;
    }

    /** Takes a newer state of the purchase; an older or equal version is ignored. */
    public boolean apply(long newVersion, UUID newCanteenId, LocalDate newDate, String newFamily,
                         Set<String> newLabels, BigDecimal amount) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        deleted = false;
        canteenId = newCanteenId;
        date = newDate;
        family = newFamily;
        labels = String.join(",", new TreeSet<>(newLabels));
        amountExclTax = amount;
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

    public PurchaseAmount amount() {
        Set<String> codes = labels.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(labels.split(",")));
        return new PurchaseAmount(family, codes, amountExclTax);
    }
}
