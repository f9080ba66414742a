package fr.mutualim.egalimtracker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A canteen as buyer-service announced it: its territory decides its EGAlim targets. */
@Entity
@Table(name = "tracked_canteen")
public class TrackedCanteen {

    @Id
    private UUID id;
    private String name;
    private String siret;
    @Column(name = "department_code")
    private String departmentCode;
    @Enumerated(EnumType.STRING)
    private Territory territory;
    private long version;

    protected TrackedCanteen() {
        // for JPA
    }

    public TrackedCanteen(UUID id) {
        this.id = id;
    }

    /** Takes a newer state; an older or equal version (a late or repeated event) is ignored. */
    public boolean apply(long newVersion, String newName, String newSiret, String newDepartmentCode,
                         Territory newTerritory) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        name = newName;
        siret = newSiret;
        departmentCode = newDepartmentCode;
        territory = newTerritory;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String siret() {
        return siret;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Territory territory() {
        return territory;
    }
}
