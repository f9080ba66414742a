package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.messaging.Outbox;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Use cases of purchases. */
@ApplicationScoped
@Transactional
public class Purchases {

    /** Purchase dates are French calendar dates: "not in the future" is judged in Paris. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final PurchaseRepository purchases;
    private final Canteens canteens;
    private final Outbox outbox;
    private final Clock clock = Clock.system(FRANCE);

    public Purchases(PurchaseRepository purchases, Canteens canteens, Outbox outbox) {
        this.purchases = purchases;
        this.canteens = canteens;
        this.outbox = outbox;
    }

    public Purchase record(UUID canteenId, PurchaseLine line) {
        canteens.get(canteenId);
        if (line.date().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        Purchase purchase = Purchase.record(UUID.randomUUID(), canteenId, line, Instant.now().truncatedTo(ChronoUnit.MICROS));
        purchases.persist(purchase);
        outbox.append(BuyerEvents.purchaseRecorded(purchase));
        return purchase;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Purchase get(UUID canteenId, UUID purchaseId) {
        return purchases.find("id = ?1 and canteenId = ?2", purchaseId, canteenId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Purchase", purchaseId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Purchase> list(UUID canteenId, int page, int size) {
        canteens.get(canteenId);
        var query = purchases.find("canteenId", Sort.by("date").and("id"), canteenId).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }
}
