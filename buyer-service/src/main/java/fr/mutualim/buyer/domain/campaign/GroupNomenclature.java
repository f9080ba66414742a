package fr.mutualim.buyer.domain.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A purchasing group's own nomenclature, which replaces the default one for its campaigns. */
@Entity
@Table(name = "group_nomenclature")
public class GroupNomenclature {

    @Id
    @Column(name = "group_id")
    private UUID groupId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_nomenclature_entry", joinColumns = @JoinColumn(name = "group_id"))
    private List<NomenclatureEntry> entries = new ArrayList<>();
    @Column(name = "changed_at")
    private Instant changedAt;

    protected GroupNomenclature() {
        // for JPA
    }

    public static GroupNomenclature of(UUID groupId, Nomenclature nomenclature, Instant now) {
        GroupNomenclature own = new GroupNomenclature();
        own.groupId = groupId;
        own.replace(nomenclature, now);
        return own;
    }

    public void replace(Nomenclature nomenclature, Instant now) {
        entries.clear();
        entries.addAll(nomenclature.entries());
        changedAt = now;
    }

    public Nomenclature nomenclature() {
        return Nomenclature.of(entries);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
