package fr.mutualim.egalimtracker.service;

import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.egalimtracker.domain.TargetBasis;
import fr.mutualim.egalimtracker.domain.TargetCheck;
import fr.mutualim.egalimtracker.domain.TargetKind;
import fr.mutualim.egalimtracker.domain.Targets;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.messaging.EgalimEvents;
import fr.mutualim.egalimtracker.service.CellDeltas.CanteenYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps each canteen's status against each target of a year, and announces every change on
 * {@code egalim.alerts} in the transaction of the line changes that caused it. The first status of a
 * canteen, year and target is recorded without an event: nothing changed, and a canteen's first
 * purchases would otherwise flood the topic. A canteen whose own event has not arrived yet has no
 * territory, so no status: it is checked when the canteen arrives. The events a transaction applies
 * are checked together, after all of them: a status that flips and flips back inside one transaction
 * is no change.
 */
@ApplicationScoped
public class TargetWatch {

    /** First key of the arrival locks (advisory, per canteen: see {@link #checkAllYears}). */
    private static final int ARRIVAL_LOCKS = 0x7472616b;

    private final EntityManager em;
    private final YearTotals totals;
    private final Targets targets;
    private final Outbox outbox;

    public TargetWatch(EntityManager em, YearTotals totals, Targets targets, Outbox outbox) {
        this.em = em;
        this.totals = totals;
        this.targets = targets;
        this.outbox = outbox;
    }

    /**
     * Checks the canteen-years against their new sums ({@link YearTotals}): two queries whatever their
     * number, then one statement for the statuses that changed and one for their alerts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Map<CanteenYear, TargetBasis> bases) {
        if (bases.isEmpty()) {
            return;
        }
        Map<UUID, Territory> territories = territories(bases.keySet());
        List<UUID> unknown = bases.keySet().stream().map(CanteenYear::canteenId).distinct()
                .filter(id -> !territories.containsKey(id)).toList();
        if (!unknown.isEmpty()) { // see arrivalLock
            em.createNativeQuery("select count(pg_advisory_xact_lock_shared(?1, k)) from unnest(?2) k")
                    .setParameter(1, ARRIVAL_LOCKS).setParameter(2, unknown.stream().map(UUID::hashCode)
                            .sorted().toArray(Integer[]::new)).getSingleResult();
            territories.putAll(territories(unknown));
        }
        Map<CanteenYear, Map<TargetKind, Boolean>> previous = previous(bases.keySet());
        Changes changes = new Changes();
        bases.forEach((key, basis) -> {
            Territory territory = territories.get(key.canteenId());
            if (territory != null) {
                check(key, territory, basis, previous.getOrDefault(key, Map.of()), changes);
            }
        });
        write(changes.statuses);
        outbox.appendAll(changes.alerts);
    }

    /** A new status of a canteen, year and target. */
    private record Status(UUID canteenId, int year, TargetKind target, boolean met) {
    }

    /** What a check changes: the statuses to record and the alerts to announce, in the order found. */
    private static final class Changes {
        final List<Status> statuses = new ArrayList<>();
        final List<OutgoingEvent> alerts = new ArrayList<>();
    }

    private void check(CanteenYear key, Territory territory, TargetBasis basis, Map<TargetKind, Boolean> previous,
                       Changes changes) {
        for (TargetCheck check : targets.check(territory, key.year(), basis)) {
            Boolean before = previous.get(check.target());
            if (check.sharePercent() == null || Boolean.valueOf(check.met()).equals(before)) {
                continue; // no share (every line deleted) keeps the last status; an unchanged one is not news
            }
            changes.statuses.add(new Status(key.canteenId(), key.year(), check.target(), check.met()));
            if (before != null) {
                changes.alerts.add(EgalimEvents.targetStatusChanged(key.canteenId(), key.year(), territory, check,
                        before));
            }
        }
    }

    /** One statement for all the new statuses (each canteen, year and target at most once). */
    private void write(List<Status> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into target_status (canteen_id, year, target, met) select * from unnest(?1, ?2, ?3, ?4)"
                        + " on conflict (canteen_id, year, target) do update set met = excluded.met")
                .setParameter(1, statuses.stream().map(Status::canteenId).toArray(UUID[]::new))
                .setParameter(2, statuses.stream().map(Status::year).toArray(Integer[]::new))
                .setParameter(3, statuses.stream().map(s -> s.target().name()).toArray(String[]::new))
                .setParameter(4, statuses.stream().map(Status::met).toArray(Boolean[]::new))
                .executeUpdate();
    }

    /**
     * Every year a canteen bought in, e.g. once its territory is known or has changed.
     *
     * <p>The arrival lock: a canteen's first event and its first purchases come on two topics, applied
     * by concurrent transactions. Without a lock, each could miss what the other has not committed yet
     * (the purchases' transaction sees no territory, the canteen's sees no sums) and the canteen's first
     * statuses would never be recorded, so that its first change would go unannounced. The canteen's
     * transaction takes this exclusive lock before reading the sums, a purchases' transaction that finds
     * no territory takes it shared before looking again: whichever comes second waits for the first to
     * commit, then sees its work. A known canteen costs no lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkAllYears(UUID canteenId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, ARRIVAL_LOCKS).setParameter(2, canteenId.hashCode()).getSingleResult();
        check(totals.of(canteenId));
    }

    /** The territory of each known canteen among these (a canteen not announced yet has none). */
    private Map<UUID, Territory> territories(Collection<CanteenYear> which) {
        return territories(which.stream().map(CanteenYear::canteenId).distinct().toList());
    }

    private Map<UUID, Territory> territories(List<UUID> canteens) {
        UUID[] ids = canteens.toArray(UUID[]::new);
        List<?> rows = em.createNativeQuery("select id, territory from tracked_canteen where id = any(?1)")
                .setParameter(1, ids).getResultList();
        Map<UUID, Territory> territories = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            territories.put((UUID) r[0], Territory.valueOf((String) r[1]));
        }
        return territories;
    }

    private Map<CanteenYear, Map<TargetKind, Boolean>> previous(Collection<CanteenYear> which) {
        UUID[] canteens = which.stream().map(CanteenYear::canteenId).toArray(UUID[]::new);
        Integer[] years = which.stream().map(CanteenYear::year).toArray(Integer[]::new);
        List<?> rows = em.createNativeQuery("select s.canteen_id, s.year, s.target, s.met from target_status s"
                        + " join unnest(?1, ?2) as t(canteen_id, year) on s.canteen_id = t.canteen_id and s.year = t.year")
                .setParameter(1, canteens).setParameter(2, years).getResultList();
        Map<CanteenYear, Map<TargetKind, Boolean>> previous = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            previous.computeIfAbsent(new CanteenYear((UUID) r[0], ((Number) r[1]).intValue()), k -> new HashMap<>())
                    .put(TargetKind.valueOf((String) r[2]), (Boolean) r[3]);
        }
        return previous;
    }
}
