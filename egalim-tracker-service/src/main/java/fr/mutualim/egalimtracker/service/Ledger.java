package fr.mutualim.egalimtracker.service;

import fr.mutualim.egalimtracker.domain.LedgerLine;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.domain.TrackedCanteen;
import fr.mutualim.egalimtracker.domain.TrackedGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The write side: purchase lines (the source of truth, with version guards and tombstones), the
 * per-cell sums kept from them, and the canteens and groups read models. A line change subtracts the
 * line's old cell and adds its new one in the same transaction, then checks the targets of every
 * canteen and year it touched.
 *
 * <p>Why cells kept incrementally rather than a GROUP BY over the lines at read time: the targets are
 * checked after every transaction of purchase events (for the alerts), not only on reads, and a
 * canteen-year has hundreds to thousands of lines but at most a few hundred cells.
 */
@ApplicationScoped
public class Ledger {

    private final EntityManager em;
    private final PurchaseLines purchaseLines;
    private final ShareCells cells;
    private final YearTotals totals;
    private final TargetWatch watch;

    public Ledger(EntityManager em, PurchaseLines purchaseLines, ShareCells cells, YearTotals totals,
                  TargetWatch watch) {
        this.em = em;
        this.purchaseLines = purchaseLines;
        this.cells = cells;
        this.totals = totals;
        this.watch = watch;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void canteenAnnounced(UUID canteenId, long version, String name, String siret, String departmentCode,
                                 Territory territory) {
        TrackedCanteen canteen = Optional.ofNullable(em.find(TrackedCanteen.class, canteenId))
                .orElseGet(() -> new TrackedCanteen(canteenId));
        boolean isNew = !em.contains(canteen);
        if (!canteen.apply(version, name, siret, departmentCode, territory)) {
            return;
        }
        if (isNew) {
            em.persist(canteen); // after apply: the INSERT takes the state the entity has when persisted
        }
        em.flush(); // the target check reads the territory through its own queries
        watch.checkAllYears(canteenId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void groupAnnounced(UUID groupId, long version, String name, List<UUID> members) {
        TrackedGroup group = Optional.ofNullable(em.find(TrackedGroup.class, groupId))
                .orElseGet(() -> new TrackedGroup(groupId));
        boolean isNew = !em.contains(group);
        if (group.apply(version, name, members) && isNew) {
            em.persist(group);
        }
    }

    /** A purchase's new whole state ({@code state}), or its deletion ({@code state} null). */
    public record PurchaseChange(UUID purchaseId, long version, UUID canteenId, PurchaseAmount state) {
    }

    /**
     * Applies purchase events in order, in the caller's transaction: each line's version guard decides,
     * the lines changed are written in one statement, the cells and each canteen-year's target sums
     * take the sum of the lines' old contributions out and new ones in, written once per row, then the
     * targets of every canteen and year touched are checked once against the sums that statement returns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void purchasesAnnounced(List<PurchaseChange> changes) {
        Map<UUID, LedgerLine> lines = purchaseLines.find(
                changes.stream().map(PurchaseChange::purchaseId).collect(Collectors.toSet()));
        Map<UUID, LedgerLine> changed = new LinkedHashMap<>();
        CellDeltas deltas = new CellDeltas();
        for (PurchaseChange change : changes) {
            LedgerLine line = lines.computeIfAbsent(change.purchaseId(), id -> new LedgerLine(id, change.canteenId()));
            Optional<PurchaseAmount> before = line.counted();
            UUID canteenBefore = line.canteenId();
            boolean applied = change.state() == null ? line.delete(change.version())
                    : line.apply(change.version(), change.canteenId(), change.state());
            if (applied) { // a tombstone may come first: it keeps the version for later events
                changed.put(line.purchaseId(), line);
                before.ifPresent(old -> deltas.remove(canteenBefore, old));
                UUID canteenAfter = line.canteenId();
                line.counted().ifPresent(now -> deltas.add(canteenAfter, now));
            }
        }
        purchaseLines.save(changed.values());
        cells.apply(deltas);
        watch.check(totals.apply(deltas));
    }
}
