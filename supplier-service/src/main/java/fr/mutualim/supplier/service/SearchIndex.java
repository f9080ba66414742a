package fr.mutualim.supplier.service;

import fr.mutualim.chassis.messaging.AfterCommit;
import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.MatchIndex;
import fr.mutualim.supplier.domain.MatchIndex.IndexedOffer;
import fr.mutualim.supplier.domain.MatchIndex.IndexedSupplier;
import fr.mutualim.supplier.domain.OfferStatus;
import fr.mutualim.supplier.domain.ProductFamily;
import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's {@link MatchIndex} up to date. It is loaded whole at startup; then the
 * suppliers that changed (table {@code search_change}, written by triggers on every write, see
 * V5__search_changes.sql) are reloaded: at the next search after this instance commits a change, so
 * that a caller finds what it has just written, and every poll interval otherwise, so that changes
 * made by other instances (or straight in the database) are seen at most that late.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final Object TOUCHED = new Object();
    /** Past this many changed suppliers, loading everything again is cheaper than one by one. */
    private static final int MAX_DELTA = 2_000;
    /** search_change rows are kept this long; an instance that could not read them for half of it reloads. */
    private static final Duration CHANGES_KEPT = Duration.ofHours(1);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicBoolean behind = new AtomicBoolean(true);
    private volatile MatchIndex current = MatchIndex.empty();
    /** The oldest transaction that was running at the last read: its changes and later ones are still to read. */
    private String horizon;
    private long lastReadNanos;

    public SearchIndex(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    void loadAtStartup(@Observes StartupEvent started) {
        refresh();
    }

    /** The index, first brought up to date if this instance committed a change since it was last read. */
    public MatchIndex current() {
        if (behind.get()) {
            refresh();
        }
        return current;
    }

    /**
     * Called in the transaction of a use case that changes what the search sees: once it commits, the
     * next search of this instance reads the change first.
     */
    public void changing() {
        AfterCommit.once(transactions, TOUCHED, () -> behind.set(true));
    }

    @Scheduled(every = "${mutualim.search.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not read the changes for the search index; searches use the last snapshot");
        }
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldChanges() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from search_change where changed_at < now() - cast(:kept as interval)")
                .setParameter("kept", CHANGES_KEPT.toSeconds() + " seconds").executeUpdate());
    }

    /** Reads what changed since the last read (everything the first time) into a new snapshot. */
    public synchronized void refresh() {
        behind.set(false);
        try {
            QuarkusTransaction.requiringNew().run(this::readChanges);
        } catch (RuntimeException e) {
            behind.set(true);
            throw e;
        }
    }

    private void readChanges() {
        boolean tooOld = System.nanoTime() - lastReadNanos > CHANGES_KEPT.dividedBy(2).toNanos();
        if (horizon == null || tooOld) {
            loadEverything();
            return;
        }
        // One statement, so one snapshot: its horizon and the changes it sees go together.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(pg_snapshot_xmin(pg_current_snapshot()) as text), cast(c.supplier_id as text)
                from (select 1) one left join (select distinct supplier_id from search_change
                                              where tx >= cast(:horizon as xid8)) c on true
                """).setParameter("horizon", horizon).getResultList();
        Set<UUID> changed = rows.stream().filter(row -> row[1] != null).map(row -> UUID.fromString((String) row[1]))
                .collect(Collectors.toSet());
        if (changed.size() > MAX_DELTA) {
            loadEverything();
            return;
        }
        if (!changed.isEmpty()) {
            current = current.with(load(current, changed));
        }
        horizon = (String) rows.get(0)[0];
        lastReadNanos = System.nanoTime();
    }

    private void loadEverything() {
        // Read first: whatever commits after this point has a later transaction id and is read next time.
        String start = (String) em.createNativeQuery("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)")
                .getSingleResult();
        MatchIndex empty = MatchIndex.empty();
        current = empty.with(load(empty, null));
        horizon = start;
        lastReadNanos = System.nanoTime();
        LOG.debugf("Search index loaded: %d suppliers", current.supplierCount());
    }

    /**
     * The given suppliers (all when null) with their active offers, for {@code into} or its next
     * snapshots; an empty list for a supplier without.
     */
    private Map<UUID, List<IndexedOffer>> load(MatchIndex into, Set<UUID> ids) {
        String only = ids == null ? "" : " where s.id in :ids";
        var supplierQuery = em.createQuery("from Supplier s" + only, Supplier.class);
        var certificationQuery = em.createQuery("from Certification c" + only.replace("s.id", "c.supplierId"),
                Certification.class);
        var offerQuery = em.createQuery("""
                select o.id, o.supplierId, o.productLabel, o.cpvCode, o.family, o.unit, o.annualCapacity,
                       o.monthlyCapacity, o.unitPriceExclTax, o.monthsMask
                from Offer o where o.status = :active""" + (ids == null ? "" : " and o.supplierId in :ids"),
                Object[].class).setParameter("active", OfferStatus.ACTIVE);
        if (ids != null) {
            supplierQuery.setParameter("ids", ids);
            certificationQuery.setParameter("ids", ids);
            offerQuery.setParameter("ids", ids);
        }
        Map<UUID, List<Certification>> certifications = certificationQuery.getResultStream()
                .collect(Collectors.groupingBy(Certification::supplierId));
        Map<UUID, IndexedSupplier> suppliers = new HashMap<>();
        for (Supplier s : supplierQuery.getResultList()) {
            suppliers.put(s.id(), into.supplier(s.id(), s.details(), certifications.getOrDefault(s.id(), List.of())));
        }
        em.clear(); // the certifications stay, detached and only read, in the snapshot
        Map<UUID, List<IndexedOffer>> offers = new HashMap<>();
        suppliers.keySet().forEach(id -> offers.put(id, new ArrayList<>()));
        Map<String, String> codes = new HashMap<>();
        offerQuery.getResultStream().forEach(row -> {
            IndexedSupplier supplier = suppliers.get((UUID) row[1]);
            if (supplier != null) { // else registered after the suppliers were read: it comes with the next read
                offers.get(supplier.id()).add(new IndexedOffer((UUID) row[0], supplier, (String) row[2],
                        codes.computeIfAbsent((String) row[3], code -> code), (ProductFamily) row[4], (Unit) row[5],
                        (BigDecimal) row[6], (BigDecimal) row[7], (BigDecimal) row[8], (Integer) row[9]));
            }
        });
        return offers;
    }
}
