package fr.mutualim.lotplanner.service;

import fr.mutualim.lotplanner.domain.KnownPurchase;
import fr.mutualim.lotplanner.domain.planning.CurrentShares;
import fr.mutualim.lotplanner.domain.planning.EgalimLabels;
import fr.mutualim.lotplanner.domain.planning.PurchasePeriod;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The canteens' past purchase lines, from buyer-service's purchase events: where the current EGAlim shares come from. */
@ApplicationScoped
public class PurchaseBook implements PanacheRepositoryBase<KnownPurchase, UUID> {

    /** A purchase line's whole new state (recorded or corrected), or its deletion ({@code labels} null). */
    public record Change(UUID purchaseId, UUID canteenId, long version, LocalDate date, BigDecimal amountExclTax,
                         List<String> labels) {

        public static Change recorded(UUID purchaseId, UUID canteenId, long version, LocalDate date,
                                      BigDecimal amountExclTax, List<String> labels) {
            return new Change(purchaseId, canteenId, version, date, amountExclTax, List.copyOf(labels));
        }

        public static Change deleted(UUID purchaseId, UUID canteenId, long version) {
            return new Change(purchaseId, canteenId, version, null, null, null);
        }
    }

    /**
     * Applies changes in order, the lines they touch read in one query. A line is classified once, here, by the
     * projection's label rules. Versions guard against redeliveries and late events; a deletion leaves a tombstone,
     * even for a line not seen yet, so that its older events arriving later are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<UUID, KnownPurchase> lines = new HashMap<>();
        list("id in ?1", changes.stream().map(Change::purchaseId).collect(Collectors.toSet()))
                .forEach(line -> lines.put(line.id(), line));
        Instant now = Instant.now();
        for (Change change : changes) {
            KnownPurchase line = lines.get(change.purchaseId());
            boolean isNew = line == null;
            if (isNew) {
                line = new KnownPurchase(change.purchaseId(), change.canteenId());
            }
            if (change.labels() == null) {
                line.delete(change.version(), now);
            } else {
                String group = EgalimLabels.groupOf(Set.copyOf(change.labels()));
                line.apply(change.version(), change.canteenId(), change.date(), change.amountExclTax(),
                        EgalimLabels.BIO.equals(group), group != null, now);
            }
            if (isNew) {
                persist(line); // after apply: the INSERT takes the state the entity has when persisted
                lines.put(line.id(), line);
            }
        }
    }

    /** The shares the sites reach over the period, summed by the database (a year of a region's purchases). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CurrentShares currentShares(Collection<UUID> siteIds, PurchasePeriod period) {
        Set<UUID> sites = Set.copyOf(siteIds);
        if (sites.isEmpty()) {
            return CurrentShares.of(period, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        Object[] row = getEntityManager().createQuery("""
                        select count(p), count(distinct p.canteenId), coalesce(sum(p.amountExclTax), 0),
                               coalesce(sum(case when p.bio then p.amountExclTax else 0 end), 0),
                               coalesce(sum(case when p.durableAndQuality then p.amountExclTax else 0 end), 0)
                        from KnownPurchase p
                        where p.deleted = false and p.canteenId in :sites and p.date between :from and :to""",
                        Object[].class)
                .setParameter("sites", sites)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getSingleResult();
        return CurrentShares.of(period, sites.size(), ((Number) row[1]).intValue(), ((Number) row[0]).longValue(),
                decimal(row[2]), decimal(row[3]), decimal(row[4]));
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }
}
