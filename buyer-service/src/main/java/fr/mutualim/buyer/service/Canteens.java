package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of canteens. */
@ApplicationScoped
@Transactional
public class Canteens {

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
        Canteen canteen = Canteen.register(UUID.randomUUID(), details, Instant.now().truncatedTo(ChronoUnit.MICROS));
        canteens.persistAndFlush(canteen);
        outbox.append(BuyerEvents.canteenRegistered(canteen));
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
}
