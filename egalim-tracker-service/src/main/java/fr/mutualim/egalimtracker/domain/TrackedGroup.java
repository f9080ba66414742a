package fr.mutualim.egalimtracker.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A purchasing group (groupement de commandes) as buyer-service announced it: its figures sum its members'. */
@Entity
@Table(name = "tracked_group")
public class TrackedGroup {

    @Id
    private UUID id;
    private String name;
    private long version;
    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "canteen_id")
    private Set<UUID> members = new HashSet<>();

    protected TrackedGroup() {
        // for JPA
    }

    public TrackedGroup(UUID id) {
        this.id = id;
    }

    /** Takes a newer whole state; an older or equal version is ignored. */
    public boolean apply(long newVersion, String newName, List<UUID> newMembers) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        name = newName;
        members.clear();
        members.addAll(newMembers);
        return true;
    }

    public String name() {
        return name;
    }

    public Set<UUID> members() {
        return Set.copyOf(members);
    }
}
