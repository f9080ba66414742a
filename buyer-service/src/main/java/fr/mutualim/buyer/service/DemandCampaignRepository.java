package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions of demand campaigns, one row each; the current version of a campaign is its highest. */
@ApplicationScoped
public class DemandCampaignRepository implements PanacheRepositoryBase<DemandCampaign, UUID> {

    /** The current version of a group's campaign, locked for a change when {@code forUpdate}. */
    public Optional<DemandCampaign> current(UUID groupId, UUID campaignId, boolean forUpdate) {
        var query = find("groupId = ?1 and campaignId = ?2", Sort.descending("version"), groupId, campaignId);
        if (forUpdate) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.page(Page.ofSize(1)).firstResultOptional();
    }

    public Optional<DemandCampaign> version(UUID groupId, UUID campaignId, int version) {
        return find("groupId = ?1 and campaignId = ?2 and version = ?3", groupId, campaignId, version)
                .firstResultOptional();
    }

    /** The current versions of a group's campaigns, oldest campaign first. */
    public List<DemandCampaign> currentOf(UUID groupId, int page, int size) {
        return find("from DemandCampaign d where d.groupId = ?1 and d.version = (select max(c.version) "
                + "from DemandCampaign c where c.campaignId = d.campaignId) order by d.createdAt, d.campaignId", groupId)
                .page(Page.of(page, size)).list();
    }

    public long countOf(UUID groupId) {
        return count("groupId = ?1 and version = 1", groupId);
    }
}
