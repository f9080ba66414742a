package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.domain.CanteenType;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of canteens. */
@ApplicationScoped
@Transactional
public class Canteens {

    private static final String SIRET = "siret";
    private static final String TYPE = "type";
    private static final String CENTRAL_KITCHEN = "centralKitchenId";

    private final CanteenRepository canteens;
    private final Outbox outbox;
    private final Access access;

    public Canteens(CanteenRepository canteens, Outbox outbox, Access access) {
        this.canteens = canteens;
        this.outbox = outbox;
        this.access = access;
    }

    public Canteen register(CanteenDetails details) {
        canteens.find("siret", details.siret()).firstResultOptional().ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT,
                    "SIRET " + details.siret() + " is already registered as canteen " + existing.id(),
                    List.of(), Map.of("existingCanteenId", existing.id()));
        });
        UUID id = UUID.randomUUID();
        Problems.rejectIfAny(ProblemType.VALIDATION_ERROR, violations(id, details, null));
        Canteen canteen = Canteen.register(id, details, now());
        canteens.persistAndFlush(canteen);
        outbox.append(BuyerEvents.canteenRegistered(canteen));
        return canteen;
    }

    /** Replaces the profile of a canteen the caller may change; announced only when something changed. */
    public Canteen replace(UUID id, CanteenDetails details) {
        access.requireCanteenChange(id);
        Canteen canteen = canteens.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Canteen", id));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!canteen.details().siret().equals(details.siret())) {
            errors.add(Problem.FieldError.field(SIRET, "never changes; this canteen's SIRET is "
                    + canteen.details().siret()));
        }
        errors.addAll(violations(id, details, canteen.details().centralKitchenId()));
        if (canteen.details().type() == CanteenType.CUISINE_CENTRALE && details.type() != CanteenType.CUISINE_CENTRALE) {
            long satellites = canteens.count("centralKitchenId", id);
            if (satellites > 0) {
                errors.add(Problem.FieldError.field(TYPE, "must stay CUISINE_CENTRALE: " + satellites
                        + " satellite canteen(s) name this canteen as their central kitchen"));
            }
        }
        Problems.rejectIfAny(ProblemType.VALIDATION_ERROR, errors);
        if (canteen.replace(details, now())) {
            outbox.append(BuyerEvents.canteenUpdated(canteen));
        }
        return canteen;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Canteen get(UUID id) {
        access.requireCanteen(id);
        return canteens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Canteen", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Canteen> list(int page, int size) {
        Sort order = Sort.by("name").and("id");
        Optional<Set<UUID>> reached = access.canteens();
        if (reached.isPresent() && reached.get().isEmpty()) {
            return PageResponse.of(List.of(), 0, page, size);
        }
        var query = reached.map(ids -> canteens.find("id in ?1", order, ids)).orElseGet(() -> canteens.findAll(order))
                .page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    /**
     * A satellite's central kitchen must be another registered canteen, of type CUISINE_CENTRALE.
     * A kitchen newly named ({@code current} is the one named so far, or null) must also be one the
     * caller may change (403), not itself a satellite, and the canteen naming it must not be the kitchen of
     * satellites of its own (409): kitchens are not chained.
     */
    private List<Problem.FieldError> violations(UUID id, CanteenDetails details, UUID current) {
        UUID kitchenId = details.centralKitchenId();
        if (kitchenId == null) {
            return List.of();
        }
        if (kitchenId.equals(id)) {
            return List.of(Problem.FieldError.field(CENTRAL_KITCHEN, "a canteen cannot be its own central kitchen"));
        }
        boolean newlyNamed = !kitchenId.equals(current);
        // Before reading the kitchen: whether an unreachable canteen exists is not the caller's business.
        if (newlyNamed && !access.changes(kitchenId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "centralKitchenId: canteen " + kitchenId
                    + " is not one your token reaches",
                    List.of(Problem.FieldError.field(CENTRAL_KITCHEN, "names a canteen your token does not reach")),
                    Map.of());
        }
        Optional<Canteen> kitchen = canteens.findByIdOptional(kitchenId);
        if (kitchen.isEmpty()) {
            return List.of(Problem.FieldError.field(CENTRAL_KITCHEN, "canteen " + kitchenId + " does not exist"));
        }
        if (kitchen.get().details().type() != CanteenType.CUISINE_CENTRALE) {
            return List.of(Problem.FieldError.field(CENTRAL_KITCHEN, "canteen " + kitchenId + " is a "
                    + kitchen.get().details().type() + ", not a CUISINE_CENTRALE"));
        }
        UUID kitchensKitchen = kitchen.get().details().centralKitchenId();
        if (newlyNamed && kitchensKitchen != null) {
            throw chained("canteen " + kitchenId + " is itself a satellite of " + kitchensKitchen);
        }
        long satellites = newlyNamed && id != null ? canteens.count("centralKitchenId", id) : 0;
        if (satellites > 0) {
            throw chained("canteen " + id + " is the central kitchen of " + satellites
                    + " satellite canteen(s), so it cannot be a satellite itself");
        }
        return List.of();
    }

    private static ProblemException chained(String message) {
        return new ProblemException(ProblemType.CONFLICT, "centralKitchenId: " + message,
                List.of(Problem.FieldError.field(CENTRAL_KITCHEN, message)), Map.of());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
