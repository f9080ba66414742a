package fr.mutualim.egalimtracker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A canteen as buyer-service announced it: its département decides its EGAlim targets. */
@Entity
@Table(name = "tracked_canteen")
public class TrackedCanteen {

    @Id
    private UUID id;
    private String name;
    @Column(name = "department_code")
    private String departmentCode;
    private long version;

    protected TrackedCanteen() {
        // for JPA
    }

    public TrackedCanteen(UUID id) {
        this.id = id;
    }

    /** Takes a newer state; an older or equal version (a late or repeated event) is ignored. */
    public boolean apply(long newVersion, String newName, String newDepartmentCode) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        name = newName;
        departmentCode = newDepartmentCode;
        return true;
    }

    public String name() {
        return name;
    }

    public String departmentCode() {
        return departmentCode;
    }
}
