package fr.mutualim.lotplanner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchasing group (groupement de commandes) as buyer-service announced it: who runs its tenders. */
@Entity
@Table(name = "known_group")
public class KnownGroup {

    @Id
    private UUID id;
    private long version;
    private String name;
    private String coordinator;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownGroup() {
        // for JPA
    }

    public KnownGroup(UUID id) {
        this.id = id;
    }

    /** Takes the group's state as of {@code version}; stale or repeated versions are ignored. */
    public boolean apply(long version, String name, String coordinator, LocalDate startDate, LocalDate endDate,
                         Instant now) {
        if (version <= this.version) {
            return false;
        }
        this.version = version;
        this.name = name;
        this.coordinator = coordinator;
        this.startDate = startDate;
        this.endDate = endDate;
        this.updatedAt = now;
        return true;
    }

    public String name() {
        return name;
    }

    public String coordinator() {
        return coordinator;
    }
}
