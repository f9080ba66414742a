package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.PurchasingGroup;
import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import fr.mutualim.buyer.domain.campaign.DemandLine;
import fr.mutualim.buyer.domain.campaign.DemandLineDetails;
import fr.mutualim.buyer.domain.campaign.DemandLineInput;
import fr.mutualim.buyer.domain.campaign.SiteQuantity;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use cases of demand campaigns. An operator coordinating the group (or an admin) manages them;
 * a buyer of a member canteen reads them. Only the current version, while DRAFT, is edited; its
 * submission is announced on campaigns.events as demand-campaign-submitted.v1, in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class DemandCampaigns {

    private final DemandCampaignRepository campaigns;
    private final PurchasingGroupRepository groups;
    private final CanteenRepository canteens;
    private final Nomenclatures nomenclatures;
    private final Outbox outbox;
    private final Access access;

    public DemandCampaigns(DemandCampaignRepository campaigns, PurchasingGroupRepository groups,
                           CanteenRepository canteens, Nomenclatures nomenclatures, Outbox outbox, Access access) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.canteens = canteens;
        this.nomenclatures = nomenclatures;
        this.outbox = outbox;
        this.access = access;
    }

    public DemandCampaign create(UUID groupId, String name, String description) {
        access.requireGroupChange(groupId);
        group(groupId);
        DemandCampaign campaign = DemandCampaign.create(UUID.randomUUID(), groupId, name, description, now());
        campaigns.persist(campaign);
        return campaign;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<DemandCampaign> list(UUID groupId, int page, int size) {
        access.requireGroup(groupId);
        group(groupId);
        return PageResponse.of(campaigns.currentOf(groupId, page, size), campaigns.countOf(groupId), page, size);
    }

    /** The current version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DemandCampaign get(UUID groupId, UUID campaignId) {
        access.requireGroup(groupId);
        return campaigns.current(groupId, campaignId, false).orElseThrow(() -> notFound(campaignId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DemandCampaign version(UUID groupId, UUID campaignId, int version) {
        access.requireGroup(groupId);
        return campaigns.version(groupId, campaignId, version).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "Campaign " + campaignId + " has no version " + version));
    }

    public DemandLine addLine(UUID groupId, UUID campaignId, DemandLineInput input) {
        DemandCampaign campaign = draft(groupId, campaignId);
        return campaign.addLine(resolve(campaign, input), now());
    }

    public DemandLine replaceLine(UUID groupId, UUID campaignId, UUID lineId, DemandLineInput input) {
        DemandCampaign campaign = draft(groupId, campaignId);
        if (campaign.line(lineId).isEmpty()) {
            throw ProblemException.notFound("Line", lineId);
        }
        return campaign.replaceLine(lineId, resolve(campaign, input), now());
    }

    public void removeLine(UUID groupId, UUID campaignId, UUID lineId) {
        DemandCampaign campaign = draft(groupId, campaignId);
        if (campaign.line(lineId).isEmpty()) {
            throw ProblemException.notFound("Line", lineId);
        }
        campaign.removeLine(lineId, now());
    }

    /**
     * Freezes the current version and announces it with the sites as they are now. Refused (409)
     * when it is empty, when a line has no quantity, or when a site has left the group since.
     */
    public DemandCampaign submit(UUID groupId, UUID campaignId) {
        DemandCampaign campaign = draft(groupId, campaignId);
        List<Problem.FieldError> errors = new ArrayList<>();
        campaign.submissionBlockers().forEach(b -> errors.add(Problem.FieldError.field(b.field(), b.message())));
        Set<UUID> members = Set.copyOf(group(groupId).sortedMembers());
        List<DemandLine> lines = campaign.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<SiteQuantity> quantities = lines.get(i).sortedQuantities();
            for (int j = 0; j < quantities.size(); j++) {
                if (!members.contains(quantities.get(j).canteenId())) {
                    errors.add(Problem.FieldError.field("lines[" + i + "].quantities[" + j + "].canteenId",
                            "canteen " + quantities.get(j).canteenId() + " is no longer a member of the group"));
                }
            }
        }
        Problems.rejectIfAny(ProblemType.CONFLICT, errors);
        Map<UUID, Canteen> sites = canteens.find("id in ?1", campaign.sites()).list().stream()
                .collect(Collectors.toMap(Canteen::id, Function.identity()));
        campaign.submit(now());
        outbox.append(BuyerEvents.demandCampaignSubmitted(campaign,
                campaign.sites().stream().map(sites::get).toList()));
        return campaign;
    }

    /** A new DRAFT version of a submitted campaign, with its lines. */
    public DemandCampaign revise(UUID groupId, UUID campaignId) {
        access.requireGroupChange(groupId);
        DemandCampaign current = campaigns.current(groupId, campaignId, true).orElseThrow(() -> notFound(campaignId));
        if (current.draft()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + current.version() + " of campaign "
                    + campaignId + " is still a draft: edit it, there is nothing to revise");
        }
        DemandCampaign next = current.revise(now());
        campaigns.persist(next);
        return next;
    }

    /** The current version, locked, checked to be a draft the caller may edit. */
    DemandCampaign draft(UUID groupId, UUID campaignId) {
        access.requireGroupChange(groupId);
        DemandCampaign campaign = campaigns.current(groupId, campaignId, true).orElseThrow(() -> notFound(campaignId));
        if (!campaign.draft()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + campaign.version() + " of campaign "
                    + campaignId + " is submitted and cannot change; POST its revision to start version "
                    + (campaign.version() + 1));
        }
        return campaign;
    }

    /**
     * The line with its category from the group's nomenclature; refused (400) naming the field
     * when the category cannot be found or a site is not a member.
     */
    private DemandLineDetails resolve(DemandCampaign campaign, DemandLineInput input) {
        DemandLineInput.Resolution resolution = input.resolve(nomenclatures.inForce(campaign.groupId()).nomenclature());
        List<Problem.FieldError> errors = new ArrayList<>();
        resolution.violations().forEach(v -> errors.add(Problem.FieldError.field(v.field(), v.message())));
        Set<UUID> members = Set.copyOf(group(campaign.groupId()).sortedMembers());
        for (int i = 0; i < input.quantities().size(); i++) {
            UUID canteen = input.quantities().get(i).canteenId();
            if (!members.contains(canteen)) {
                errors.add(Problem.FieldError.field(DemandLineDetails.site(i),
                        "canteen " + canteen + " is not a member of purchasing group " + campaign.groupId()));
            }
        }
        Problems.rejectIfAny(ProblemType.VALIDATION_ERROR, errors);
        return resolution.details();
    }

    PurchasingGroup group(UUID groupId) {
        return groups.findByIdOptional(groupId).orElseThrow(() -> ProblemException.notFound("Purchasing group", groupId));
    }

    private static ProblemException notFound(UUID campaignId) {
        return ProblemException.notFound("Demand campaign", campaignId);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
