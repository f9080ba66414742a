package fr.mutualim.lotplanner.service;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.Opportunity;
import fr.mutualim.lotplanner.domain.planning.Lot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/** Published lots each supplier can answer: the producers' "opportunities" view. */
@ApplicationScoped
public class OpportunityBoard implements PanacheRepositoryBase<Opportunity, Opportunity.Key> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(LotPlan plan, Lot lot, UUID supplierId, Opportunity.Mode mode, List<UUID> partners, Instant now) {
        var key = new Opportunity.Key(plan.id(), lot.id(), supplierId);
        if (findByIdOptional(key).isPresent()) {
            return; // eligible alone, or in an earlier joint bid: one row says the lot is worth a look
        }
        String partnerIds = partners.stream().map(UUID::toString).collect(Collectors.joining(","));
        persist(new Opportunity(key, mode, partnerIds, plan.groupId(), lot.title(), lot.categoryCode(), lot.mainCpv(),
                lot.annualValue(), lot.durationValue(), lot.procedure().name(), now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID planId) {
        delete("key.planId", planId);
    }

    /** A supplier's opportunities, most recently published first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Opportunity> of(UUID supplierId, int page, int size) {
        var query = find("key.supplierId", Sort.descending("publishedAt").and("key.planId").and("key.lotId"),
                supplierId).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }
}
