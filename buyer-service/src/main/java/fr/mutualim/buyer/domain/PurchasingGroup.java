package fr.mutualim.buyer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A groupement de commandes: canteens that tender together under a coordinator, each keeping its
 * own needs (CCP L2113-6 to L2113-8). A canteen may be in several groups. The version starts at 1
 * and grows by one on each change; a request that changes nothing keeps it.
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
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PurchasingGroup() {
        // for JPA
    }

    /** A new group, version 1. The details must have passed {@link PurchasingGroupDetails#violations()}. */
    public static PurchasingGroup create(UUID id, PurchasingGroupDetails details, Instant now) {
        requireValid(details);
        PurchasingGroup group = new PurchasingGroup();
        group.id = id;
        group.apply(details);
        group.version = 1;
        group.createdAt = now;
        group.changedAt = now;
        return group;
    }

    /** Replaces the whole state; returns whether anything changed (and so the version grew). */
    public boolean replace(PurchasingGroupDetails details, Instant now) {
        requireValid(details);
        if (details().equalsIgnoringOrder(details)) {
            return false;
        }
        apply(details);
        changed(now);
        return true;
    }

    /** Adds a member canteen; returns false when it already was one. */
    public boolean addMember(UUID canteenId, Instant now) {
        if (!memberCanteenIds.add(Objects.requireNonNull(canteenId))) {
            return false;
        }
        changed(now);
        return true;
    }

    /** Removes a member canteen; returns false when it was not one. */
    public boolean removeMember(UUID canteenId, Instant now) {
        if (!memberCanteenIds.remove(canteenId)) {
            return false;
        }
        changed(now);
        return true;
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

    /** The declared state, members sorted, for comparison. */
    public record View(String name, String coordinator, LocalDate startDate, LocalDate endDate, List<UUID> members) {

        boolean equalsIgnoringOrder(PurchasingGroupDetails other) {
            return name.equals(other.name()) && coordinator.equals(other.coordinator())
                    && startDate.equals(other.startDate()) && endDate.equals(other.endDate())
                    && members.equals(sorted(other.memberCanteenIds()));
        }
    }

    private void apply(PurchasingGroupDetails details) {
        name = details.name();
        coordinator = details.coordinator();
        startDate = details.startDate();
        endDate = details.endDate();
        memberCanteenIds.clear();
        memberCanteenIds.addAll(details.memberCanteenIds());
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
