package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.domain.PurchaseLine;
import fr.mutualim.buyer.domain.PurchaseRules;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases of purchases. */
@ApplicationScoped
@Transactional
public class Purchases {

    /** Purchase dates are French calendar dates: "not in the future" is judged in Paris. */
    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final PurchaseRepository purchases;
    private final Canteens canteens;
    private final Outbox outbox;
    private final Access access;
    private final Clock clock = Clock.system(FRANCE);

    public Purchases(PurchaseRepository purchases, Canteens canteens, Outbox outbox, Access access) {
        this.purchases = purchases;
        this.canteens = canteens;
        this.outbox = outbox;
        this.access = access;
    }

    public Purchase record(UUID canteenId, PurchaseLine line) {
        access.requireCanteenChange(canteenId);
        canteens.get(canteenId);
        rejectIfBroken(violations(line, ""));
        return persist(canteenId, line);
    }

    /** All lines or none: one bad line rejects the batch, and every bad line is reported by index. */
    public List<Purchase> recordAll(UUID canteenId, List<PurchaseLine> lines) {
        access.requireCanteenChange(canteenId);
        canteens.get(canteenId);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            errors.addAll(violations(lines.get(i), "lines[" + i + "]."));
        }
        rejectIfBroken(errors);
        Instant now = now();
        List<Purchase> recorded = lines.stream().map(line -> Purchase.record(UUID.randomUUID(), canteenId, line, now))
                .toList();
        recorded.forEach(purchases::persist);
        // One outbox statement for the whole batch: one INSERT per event was most of a batch's time.
        outbox.appendAll(recorded.stream().map(BuyerEvents::purchaseRecorded).toList());
        return recorded;
    }

    public Purchase correct(UUID canteenId, UUID purchaseId, PurchaseLine line) {
        Purchase purchase = locked(canteenId, purchaseId);
        rejectIfBroken(violations(line, ""));
        purchase.correct(line, now());
        outbox.append(BuyerEvents.purchaseCorrected(purchase));
        return purchase;
    }

    public void delete(UUID canteenId, UUID purchaseId) {
        Purchase purchase = locked(canteenId, purchaseId);
        purchases.delete(purchase);
        outbox.append(BuyerEvents.purchaseDeleted(purchase, now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Purchase get(UUID canteenId, UUID purchaseId) {
        access.requireCanteen(canteenId);
        return purchases.find("id = ?1 and canteenId = ?2", purchaseId, canteenId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Purchase", purchaseId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Purchase> list(UUID canteenId, int page, int size) {
        canteens.get(canteenId);
        var query = purchases.find("canteenId", Sort.by("date").and("id"), canteenId).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    /** Today in France, the latest date a purchase may have. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Purchase persist(UUID canteenId, PurchaseLine line) {
        Purchase purchase = Purchase.record(UUID.randomUUID(), canteenId, line, now());
        purchases.persist(purchase);
        outbox.append(BuyerEvents.purchaseRecorded(purchase));
        return purchase;
    }

    /** Locked for the transaction, so that two concurrent corrections cannot both make version n + 1. */
    private Purchase locked(UUID canteenId, UUID purchaseId) {
        access.requireCanteenChange(canteenId);
        return purchases.find("id = ?1 and canteenId = ?2", purchaseId, canteenId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Purchase", purchaseId));
    }

    private List<Problem.FieldError> violations(PurchaseLine line, String prefix) {
        return PurchaseRules.check(line, today(), true).stream()
                .map(v -> Problem.FieldError.field(prefix + v.field(), v.message()))
                .toList();
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
