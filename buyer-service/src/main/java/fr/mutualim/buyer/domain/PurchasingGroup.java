package fr.mutualim.buyer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A groupement de commandes: canteens that tender together under a coordinator, each keeping its
 * own needs (CCP L2113-6 to L2113-8). A canteen may be in several groups. Membership opens the
 * canteen's purchases to the group's operators, so it needs two yeses: the group's and the
 * canteen's; whichever comes second makes the canteen a member. The version starts at 1 and grows by
 * one on each change of the announced state (name, coordinator, period, members); invitations and
 * join requests are not part of it.
 */
@Entity
@Table(name = "purchasing_group")
public class PurchasingGroup {

    @Id
    private UUID id;
    private String name;
    private String coordinator;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchasing_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "canteen_id")
    private Set<UUID> memberCanteenIds = new HashSet<>();
    /** Invitations and join requests, by canteen; a member has none. Read by a second query, not joined to the members. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchasing_group_pending", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "canteen_id")
    @Fetch(FetchMode.SUBSELECT)
    private Map<UUID, PendingMembership> pending = new HashMap<>();
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PurchasingGroup() {
        // for JPA
    }

    /**
     * A new group, version 1, its membership declared as by {@link #replace}. The details must have
     * passed {@link PurchasingGroupDetails#violations()}.
     */
    public static PurchasingGroup create(UUID id, PurchasingGroupDetails details, Predicate<UUID> canteenAgrees,
                                         Instant now) {
        requireValid(details);
        PurchasingGroup group = new PurchasingGroup();
        group.id = id;
        group.declare(details, canteenAgrees, now);
        group.version = 1;
        group.createdAt = now;
        group.changedAt = now;
        return group;
    }

    /**
     * Replaces the declared state; the group says yes to exactly the listed canteens. A listed
     * canteen is a member if it already was, had asked to join, or {@code canteenAgrees} (the caller
     * also speaks for it); the other listed canteens are invited. Members not listed leave,
     * invitations not listed are withdrawn, join requests not listed keep waiting. Returns whether
     * the announced state (name, coordinator, period, members) changed, and so the version grew.
     */
    public boolean replace(PurchasingGroupDetails details, Predicate<UUID> canteenAgrees, Instant now) {
        requireValid(details);
        View before = details();
        declare(details, canteenAgrees, now);
        if (details().equals(before)) {
            return false;
        }
        changed(now);
        return true;
    }

    /** What a yes to a canteen's membership did. */
    public enum Consent {
        /** The canteen was a member already: nothing changed. */
        ALREADY_MEMBER,
        /** This yes was the second one: the canteen is now a member and the version grew. */
        JOINED,
        /** The other side has not said yes yet: this yes waits (an invitation or a join request). */
        PENDING
    }

    /**
     * One side says yes to a canteen's membership. The canteen joins when the other side had
     * already said yes, or when {@code otherSideToo} (the caller speaks for both, as an admin does);
     * otherwise the yes waits. Saying yes again while waiting changes nothing.
     */
    public Consent consent(UUID canteenId, PendingMembership.Side side, boolean otherSideToo, Instant now) {
        Objects.requireNonNull(canteenId);
        if (memberCanteenIds.contains(canteenId)) {
            return Consent.ALREADY_MEMBER;
        }
        PendingMembership waiting = pending.get(canteenId);
        if (otherSideToo || waiting != null && waiting.askedBy() != side) {
            pending.remove(canteenId);
            memberCanteenIds.add(canteenId);
            changed(now);
            return Consent.JOINED;
        }
        if (waiting == null) {
            pending.put(canteenId, new PendingMembership(side, now));
        }
        return Consent.PENDING;
    }

    /**
     * Either side takes back its yes: a member leaves, an invitation is withdrawn or declined, a
     * join request is withdrawn or refused. Returns whether the members changed (and so the version grew).
     */
    public boolean part(UUID canteenId, Instant now) {
        pending.remove(canteenId);
        if (!memberCanteenIds.remove(canteenId)) {
            return false;
        }
        changed(now);
        return true;
    }

    /** Canteens the group invited that have not answered yet, sorted like the members. */
    public List<UUID> sortedInvitations() {
        return sorted(waitingFor(PendingMembership.Side.GROUP));
    }

    /** Canteens that asked to join and the group has not answered yet, sorted like the members. */
    public List<UUID> sortedJoinRequests() {
        return sorted(waitingFor(PendingMembership.Side.CANTEEN));
    }

    /** This canteen's membership waiting for a yes (an invitation or a join request), if any. */
    public Optional<PendingMembership> pendingOf(UUID canteenId) {
        return Optional.ofNullable(pending.get(canteenId));
    }

    private Set<UUID> waitingFor(PendingMembership.Side askedBy) {
        return pending.entrySet().stream().filter(e -> e.getValue().askedBy() == askedBy).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public View details() {
        return new View(name, coordinator, startDate, endDate, sortedMembers());
    }

    /**
     * Members sorted by their text form (the order of PostgreSQL, and of any JSON reader), which
     * {@link UUID#compareTo} is not: it compares signed numbers. The order of the API and of the events.
     */
    public List<UUID> sortedMembers() {
        return sorted(memberCanteenIds);
    }

    static List<UUID> sorted(Collection<UUID> ids) {
        return ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String coordinator() {
        return coordinator;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The announced state, members sorted, for comparison. */
    public record View(String name, String coordinator, LocalDate startDate, LocalDate endDate, List<UUID> members) {
    }

    private void declare(PurchasingGroupDetails details, Predicate<UUID> canteenAgrees, Instant now) {
        name = details.name();
        coordinator = details.coordinator();
        startDate = details.startDate();
        endDate = details.endDate();
        Set<UUID> listed = Set.copyOf(details.memberCanteenIds());
        Set<UUID> requested = waitingFor(PendingMembership.Side.CANTEEN);
        memberCanteenIds.retainAll(listed);
        listed.stream().filter(c -> requested.contains(c) || canteenAgrees.test(c)).forEach(memberCanteenIds::add);
        pending.entrySet().removeIf(e -> memberCanteenIds.contains(e.getKey())
                || e.getValue().askedBy() == PendingMembership.Side.GROUP && !listed.contains(e.getKey()));
        listed.stream().filter(c -> !memberCanteenIds.contains(c))
                .forEach(c -> pending.putIfAbsent(c, new PendingMembership(PendingMembership.Side.GROUP, now)));
    }

    private void changed(Instant now) {
        version++;
        changedAt = now;
    }

    private static void requireValid(PurchasingGroupDetails details) {
        List<PurchasingGroupDetails.Violation> violations = details.violations();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
    }
}
