package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.PendingMembership;
import fr.mutualim.buyer.domain.PurchasingGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PurchasingGroupRepository implements PanacheRepositoryBase<PurchasingGroup, UUID> {

    /** The member canteens of these groups. */
    public Set<UUID> membersOf(Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                        "select distinct m from PurchasingGroup g join g.memberCanteenIds m where g.id in ?1", UUID.class)
                .setParameter(1, groupIds).getResultList());
    }

    /** The groups any of these canteens is a member of. */
    public Set<UUID> groupsOf(Collection<UUID> canteenIds) {
        if (canteenIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                        "select distinct g.id from PurchasingGroup g join g.memberCanteenIds m where m in ?1", UUID.class)
                .setParameter(1, canteenIds).getResultList());
    }

    /**
     * The groups where this canteen's membership waits for the other side's yes: asked by the group (invitations,
     * waiting for the canteen) or by the canteen (join requests, waiting for the group); sorted by name, then id.
     */
    public List<PurchasingGroup> pendingFor(UUID canteenId, PendingMembership.Side askedBy, int page, int size) {
        return getEntityManager().createQuery("select g from PurchasingGroup g join g.pending p "
                        + "where key(p) = ?1 and p.askedBy = ?2 order by g.name, g.id", PurchasingGroup.class)
                .setParameter(1, canteenId).setParameter(2, askedBy)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countPendingFor(UUID canteenId, PendingMembership.Side askedBy) {
        return getEntityManager().createQuery("select count(g) from PurchasingGroup g join g.pending p "
                        + "where key(p) = ?1 and p.askedBy = ?2", Long.class)
                .setParameter(1, canteenId).setParameter(2, askedBy).getSingleResult();
    }
}
