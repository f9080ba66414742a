package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.PendingMembership;
import fr.mutualim.buyer.domain.PurchasingGroup;
import fr.mutualim.buyer.domain.PurchasingGroup.Consent;
import fr.mutualim.buyer.domain.PurchasingGroupDetails;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Use cases of purchasing groups (groupements de commandes). Every change is announced on
 * groups.events as purchasing-group-changed.v1, with the group's whole state; a request that
 * changes nothing announces nothing. A canteen becomes a member only with two yeses, the group's
 * and the canteen's ({@link Access}); a yes waiting for the other (an invitation or a join request)
 * is not announced. Every membership change locks the group's row, so two yeses given at once
 * cannot both wait.
 */
@ApplicationScoped
@Transactional
public class PurchasingGroups {

    private final PurchasingGroupRepository groups;
    private final CanteenRepository canteens;
    private final Outbox outbox;
    private final Access access;

    public PurchasingGroups(PurchasingGroupRepository groups, CanteenRepository canteens, Outbox outbox,
                            Access access) {
        this.groups = groups;
        this.canteens = canteens;
        this.outbox = outbox;
        this.access = access;
    }

    /** What {@link #put} did: the group, and whether it was created. */
    public record Put(PurchasingGroup group, boolean created) {
    }

    /** Creates the group with this id, or replaces its whole state. */
    public Put put(UUID id, PurchasingGroupDetails details) {
        access.requireGroupChange(id);
        rejectIfBroken(violations(details));
        Optional<PurchasingGroup> existing = groups.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        if (existing.isEmpty()) {
            PurchasingGroup group = PurchasingGroup.create(id, details, access::answersForCanteen, now);
            groups.persistAndFlush(group);
            outbox.append(BuyerEvents.purchasingGroupChanged(group));
            return new Put(group, true);
        }
        PurchasingGroup group = existing.get();
        if (group.replace(details, access::answersForCanteen, now)) {
            outbox.append(BuyerEvents.purchasingGroupChanged(group));
        }
        return new Put(group, false);
    }

    /** What a yes to a membership did, and the group after it. */
    public record Answer(PurchasingGroup group, Consent consent) {
    }

    /** The group's yes to a canteen: an invitation, or the membership if the canteen had asked to join. */
    public Answer invite(UUID id, UUID canteenId) {
        access.requireGroupChange(id);
        PurchasingGroup group = locked(id);
        requireCanteenExists(canteenId);
        Consent consent = group.consent(canteenId, PendingMembership.Side.GROUP, access.answersForCanteen(canteenId),
                now());
        announceIfJoined(group, consent);
        return new Answer(group, consent);
    }

    /** The group removes a member, withdraws an invitation or refuses a join request. */
    public PurchasingGroup removeMember(UUID id, UUID canteenId) {
        access.requireGroupChange(id);
        PurchasingGroup group = locked(id);
        if (group.part(canteenId, now())) {
            outbox.append(BuyerEvents.purchasingGroupChanged(group));
        }
        return group;
    }

    /** The canteen's yes to a group: the membership if the group had invited it, else a join request. */
    public Consent join(UUID canteenId, UUID groupId) {
        access.requireCanteenAnswer(canteenId);
        requireCanteenExists(canteenId);
        PurchasingGroup group = locked(groupId);
        Consent consent = group.consent(canteenId, PendingMembership.Side.CANTEEN, access.answersForGroup(groupId),
                now());
        announceIfJoined(group, consent);
        return consent;
    }

    /** The canteen leaves the group, declines its invitation or withdraws its join request. */
    public void leave(UUID canteenId, UUID groupId) {
        access.requireCanteenAnswer(canteenId);
        requireCanteenExists(canteenId);
        PurchasingGroup group = locked(groupId);
        if (group.part(canteenId, now())) {
            outbox.append(BuyerEvents.purchasingGroupChanged(group));
        }
    }

    /** A group's invitation to a canteen, waiting for its answer. */
    /** A membership waiting for one side's yes: the group and when the other side asked. */
    public record Pending(PurchasingGroup group, Instant askedAt) {
    }

    /** The invitations a canteen has not answered, sorted by group name, then id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Pending> invitations(UUID canteenId, int page, int size) {
        return pending(canteenId, PendingMembership.Side.GROUP, page, size);
    }

    /** The groups a canteen asked to join that have not answered, sorted by group name, then id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Pending> joinRequests(UUID canteenId, int page, int size) {
        return pending(canteenId, PendingMembership.Side.CANTEEN, page, size);
    }

    private PageResponse<Pending> pending(UUID canteenId, PendingMembership.Side askedBy, int page, int size) {
        access.requireCanteenAnswer(canteenId);
        requireCanteenExists(canteenId);
        List<Pending> items = groups.pendingFor(canteenId, askedBy, page, size).stream()
                .map(g -> new Pending(g, g.pendingOf(canteenId).orElseThrow().askedAt())).toList();
        return PageResponse.of(items, groups.countPendingFor(canteenId, askedBy), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchasingGroup get(UUID id) {
        access.requireGroup(id);
        return groups.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Purchasing group", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PurchasingGroup> list(int page, int size) {
        Sort order = Sort.by("name").and("id");
        Optional<Set<UUID>> reached = access.purchasingGroups();
        if (reached.isPresent() && reached.get().isEmpty()) {
            return PageResponse.of(List.of(), 0, page, size);
        }
        var query = reached.map(ids -> groups.find("id in ?1", order, ids)).orElseGet(() -> groups.findAll(order))
                .page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    private void announceIfJoined(PurchasingGroup group, Consent consent) {
        if (consent == Consent.JOINED) {
            outbox.append(BuyerEvents.purchasingGroupChanged(group));
        }
    }

    private void requireCanteenExists(UUID canteenId) {
        if (canteens.findByIdOptional(canteenId).isEmpty()) {
            throw ProblemException.notFound("Canteen", canteenId);
        }
    }

    private PurchasingGroup locked(UUID id) {
        return groups.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Purchasing group", id));
    }

    /** The domain rules, then every member that is not a registered canteen, by its index. */
    private List<Problem.FieldError> violations(PurchasingGroupDetails details) {
        List<Problem.FieldError> errors = new ArrayList<>();
        details.violations().forEach(v -> errors.add(Problem.FieldError.field(v.field(), v.message())));
        List<UUID> members = details.memberCanteenIds();
        Set<UUID> known = members.isEmpty() ? Set.of() : new HashSet<>(canteens.getEntityManager()
                .createQuery("select c.id from Canteen c where c.id in ?1", UUID.class)
                .setParameter(1, new HashSet<>(members)).getResultList());
        for (int i = 0; i < members.size(); i++) {
            if (!known.contains(members.get(i))) {
                errors.add(Problem.FieldError.field(PurchasingGroupDetails.member(i),
                        "canteen " + members.get(i) + " does not exist"));
            }
        }
        return errors;
    }

    private static void rejectIfBroken(List<Problem.FieldError> errors) {
        if (errors.size() == 1) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR,
                    errors.get(0).field() + ": " + errors.get(0).message(), errors, Map.of());
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors.size() + " fields are not valid", errors,
                    Map.of());
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
