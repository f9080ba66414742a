package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.campaign.GroupNomenclature;
import fr.mutualim.buyer.domain.campaign.Nomenclature;
import fr.mutualim.buyer.domain.campaign.NomenclatureEntry;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The nomenclature of homogeneous categories a purchasing group's campaigns use: its own if it
 * has set one, else the default. Changing it does not change the categories of existing lines.
 */
@ApplicationScoped
@Transactional
public class Nomenclatures {

    private final GroupNomenclatureRepository nomenclatures;
    private final PurchasingGroupRepository groups;
    private final Access access;

    public Nomenclatures(GroupNomenclatureRepository nomenclatures, PurchasingGroupRepository groups, Access access) {
        this.nomenclatures = nomenclatures;
        this.groups = groups;
        this.access = access;
    }

    /** The nomenclature in force for a group, and whether it is the group's own. */
    public record InForce(UUID groupId, Nomenclature nomenclature, boolean own, Instant changedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InForce get(UUID groupId) {
        access.requireGroup(groupId);
        requireGroup(groupId);
        return inForce(groupId);
    }

    /** Replaces the group's nomenclature with these entries. */
    public InForce put(UUID groupId, List<NomenclatureEntry> entries) {
        access.requireGroupChange(groupId);
        requireGroup(groupId);
        Problems.rejectIfAny(ProblemType.VALIDATION_ERROR, Nomenclature.violations(entries).stream()
                .map(v -> Problem.FieldError.field("entries[" + v.index() + "]." + v.field(), v.message())).toList());
        Nomenclature nomenclature = Nomenclature.of(entries);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<GroupNomenclature> existing = nomenclatures.findByIdOptional(groupId);
        if (existing.isPresent()) {
            existing.get().replace(nomenclature, now);
        } else {
            nomenclatures.persist(GroupNomenclature.of(groupId, nomenclature, now));
        }
        return new InForce(groupId, nomenclature, true, now);
    }

    /** Goes back to the default nomenclature. */
    public InForce reset(UUID groupId) {
        access.requireGroupChange(groupId);
        requireGroup(groupId);
        nomenclatures.deleteById(groupId);
        return new InForce(groupId, Nomenclature.defaults(), false, null);
    }

    /** For the campaigns' use cases, which have checked access already. */
    InForce inForce(UUID groupId) {
        return nomenclatures.findByIdOptional(groupId)
                .map(own -> new InForce(groupId, own.nomenclature(), true, own.changedAt()))
                .orElseGet(() -> new InForce(groupId, Nomenclature.defaults(), false, null));
    }

    private void requireGroup(UUID groupId) {
        if (groups.findByIdOptional(groupId).isEmpty()) {
            throw ProblemException.notFound("Purchasing group", groupId);
        }
    }
}
