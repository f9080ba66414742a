package fr.mutualim.egalimtracker.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.egalimtracker.domain.LedgerLine;
import fr.mutualim.egalimtracker.domain.ShareCalculator;
import fr.mutualim.egalimtracker.domain.Shares;
import fr.mutualim.egalimtracker.domain.TrackedCanteen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The purchase ledger and the shares computed from it. */
@ApplicationScoped
public class Ledger {

    private final EntityManager em;

    public Ledger(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void canteenAnnounced(UUID canteenId, long version, String name, String departmentCode) {
        TrackedCanteen canteen = Optional.ofNullable(em.find(TrackedCanteen.class, canteenId))
                .orElseGet(() -> new TrackedCanteen(canteenId));
        boolean isNew = !em.contains(canteen);
        canteen.apply(version, name, departmentCode);
        if (isNew) {
            em.persist(canteen); // after apply: the INSERT takes the state the entity has when persisted
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void purchaseAnnounced(UUID purchaseId, long version, UUID canteenId, LocalDate date, String family,
                                  Set<String> labels, BigDecimal amount) {
        LedgerLine line = line(purchaseId, canteenId);
        boolean isNew = !em.contains(line);
        line.apply(version, canteenId, date, family, labels, amount);
        if (isNew) {
            em.persist(line);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void purchaseDeleted(UUID purchaseId, long version, UUID canteenId) {
        LedgerLine line = line(purchaseId, canteenId);
        boolean isNew = !em.contains(line);
        line.delete(version);
        if (isNew) {
            em.persist(line);
        }
    }

    private LedgerLine line(UUID purchaseId, UUID canteenId) {
        return Optional.ofNullable(em.find(LedgerLine.class, purchaseId)).orElseGet(() -> new LedgerLine(purchaseId, canteenId));
    }

    /** The canteen's shares for a calendar year; a canteen never heard of is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CanteenShares shares(UUID canteenId, int year) {
        TrackedCanteen canteen = em.find(TrackedCanteen.class, canteenId);
        List<LedgerLine> lines = em.createQuery(
                        "from LedgerLine where canteenId = ?1 and date >= ?2 and date < ?3 and deleted = false",
                        LedgerLine.class)
                .setParameter(1, canteenId)
                .setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year + 1, 1, 1))
                .getResultList();
        if (canteen == null && lines.isEmpty()) {
            throw ProblemException.notFound("Canteen", canteenId);
        }
        Shares shares = ShareCalculator.compute(lines.stream().map(LedgerLine::amount).toList());
        return new CanteenShares(canteenId, canteen == null ? null : canteen.name(),
                canteen == null ? null : canteen.departmentCode(), year, shares);
    }

    /** Shares of one canteen and year, with what is known of the canteen (null until its event arrives). */
    public record CanteenShares(UUID canteenId, String name, String departmentCode, int year, Shares shares) {
    }
}
