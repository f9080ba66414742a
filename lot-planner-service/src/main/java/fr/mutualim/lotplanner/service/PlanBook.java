package fr.mutualim.lotplanner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.PlanDocument;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Stored lot plans, and the JSON documents they hold. */
@ApplicationScoped
public class PlanBook implements PanacheRepositoryBase<LotPlan, UUID> {

    private final ObjectMapper mapper;

    public PlanBook(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LotPlan get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lot plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<LotPlan> ofCampaign(UUID campaignId, int page, int size) {
        var query = find("campaignId", Sort.descending("createdAt").and("id"), campaignId).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    /** The campaign's plans published before, other than this one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LotPlan> publishedOf(UUID campaignId) {
        return list("campaignId = ?1 and status = ?2", campaignId, LotPlan.Status.PUBLISHED);
    }

    public PlanDocument document(LotPlan plan) {
        try {
            return mapper.readValue(plan.content(), PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan " + plan.id() + " is unreadable", e);
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
