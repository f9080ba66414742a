package fr.mutualim.lotplanner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.KnownGroup;
import fr.mutualim.lotplanner.domain.SubmittedCampaign;
import fr.mutualim.lotplanner.messaging.DemandCampaignV1;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** The submitted demand campaigns and purchasing groups the planner knows, from buyer-service's events. */
@ApplicationScoped
public class CampaignBook implements PanacheRepositoryBase<SubmittedCampaign, UUID> {

    private final ObjectMapper mapper;

    public CampaignBook(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DemandCampaignV1 event, String json) {
        var known = findByIdOptional(event.campaignId());
        SubmittedCampaign campaign = known.orElseGet(() -> new SubmittedCampaign(event.campaignId()));
        campaign.apply(event.version(), event.groupId(), event.name(), event.submittedAt(), event.lines().size(),
                event.sites().size(), json, Instant.now());
        if (known.isEmpty()) {
            persist(campaign);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyGroup(UUID groupId, long version, String name, String coordinator, LocalDate startDate,
                           LocalDate endDate) {
        var em = getEntityManager();
        KnownGroup known = em.find(KnownGroup.class, groupId);
        KnownGroup group = known != null ? known : new KnownGroup(groupId);
        group.apply(version, name, coordinator, startDate, endDate, Instant.now());
        if (known == null) {
            em.persist(group);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmittedCampaign get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Demand campaign", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownGroup> group(UUID id) {
        return Optional.ofNullable(getEntityManager().find(KnownGroup.class, id));
    }

    /** The campaigns of the given groups, most recently submitted first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SubmittedCampaign> list(Collection<UUID> groupIds, int page, int size) {
        var query = find("groupId in ?1", Sort.descending("submittedAt").and("id"), groupIds).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SubmittedCampaign> listAll(int page, int size) {
        var query = findAll(Sort.descending("submittedAt").and("id")).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }

    /** The campaign's full content, as it was submitted. */
    public DemandCampaignV1 content(SubmittedCampaign campaign) {
        try {
            return mapper.readerFor(DemandCampaignV1.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(campaign.content());
        } catch (JsonProcessingException e) {
            // The content was read once when consumed; failing now means the stored row was damaged.
            throw new IllegalStateException("Stored campaign " + campaign.id() + " is unreadable", e);
        }
    }
}
