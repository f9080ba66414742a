package fr.mutualim.lotplanner.service;

import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.lotplanner.domain.KnownGroup;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.Opportunity;
import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.SubmittedCampaign;
import fr.mutualim.lotplanner.domain.planning.Lot;
import fr.mutualim.lotplanner.domain.planning.LotPlanner;
import fr.mutualim.lotplanner.domain.planning.Plan;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import fr.mutualim.lotplanner.domain.planning.PlanningInput;
import fr.mutualim.lotplanner.domain.planning.ProcurementThresholds;
import fr.mutualim.lotplanner.domain.planning.PurchasePeriod;
import fr.mutualim.lotplanner.messaging.DemandCampaignV1;
import fr.mutualim.lotplanner.messaging.PlanEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import fr.mutualim.lotplanner.domain.planning.JointBid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of lot plans: propose one for a submitted campaign, publish it. */
@ApplicationScoped
public class Planning {

    private static final Logger LOG = Logger.getLogger(Planning.class);

    private final CampaignBook campaigns;
    private final SupplierCatalog suppliers;
    private final PlanBook plans;
    private final OpportunityBoard opportunities;
    private final PurchaseBook purchases;
    private final Access access;
    private final LotPlanner planner;
    private final ProcurementThresholds thresholds;
    private final Outbox outbox;
    private final Timer planningTime;

    public Planning(CampaignBook campaigns, SupplierCatalog suppliers, PlanBook plans, OpportunityBoard opportunities,
                    PurchaseBook purchases, Access access, LotPlanner planner, ProcurementThresholds thresholds,
                    Outbox outbox, MeterRegistry meters) {
        this.campaigns = campaigns;
        this.suppliers = suppliers;
        this.plans = plans;
        this.opportunities = opportunities;
        this.purchases = purchases;
        this.access = access;
        this.planner = planner;
        this.thresholds = thresholds;
        this.outbox = outbox;
        this.planningTime = Timer.builder("mutualim_planning_seconds")
                .description("Time to compute a lot plan, read models loaded").register(meters);
    }

    /**
     * Plans the campaign with the read models as they are now (no call to another service), puts the current EGAlim
     * shares of its delivery sites (their purchases over the 12 months before the launch) beside the projection, and
     * stores the plan as a frozen document: later purchases do not change it.
     */
    @Transactional
    public LotPlan propose(UUID campaignId, PlanParameters parameters) {
        SubmittedCampaign campaign = campaigns.get(campaignId);
        access.requireGroup(campaign.groupId());
        DemandCampaignV1 content = campaigns.content(campaign);
        var input = new PlanningInput(content.toPlanning(), suppliers.planningProfiles(), parameters);

        long start = System.nanoTime();
        Plan planned = planner.plan(input, thresholds);
        long elapsed = System.nanoTime() - start;
        planningTime.record(java.time.Duration.ofNanos(elapsed));
        LOG.infof("Planned campaign %s v%d: %d lines, %d sites, %d suppliers -> %d lots in %d ms", campaignId,
                content.version(), content.lines().size(), content.sites().size(), input.suppliers().size(),
                planned.lots().size(), elapsed / 1_000_000);
        Plan plan = planned.withCurrentShares(purchases.currentShares(
                content.sites().stream().map(DemandCampaignV1.Site::canteenId).toList(),
                PurchasePeriod.before(parameters.launchDate())));

        var group = campaigns.group(campaign.groupId());
        PlanDocument document = new PlanDocument(content.name(), content.description(),
                group.map(KnownGroup::name).orElse(null), group.map(KnownGroup::coordinator).orElse(null),
                content.lines().stream().map(l -> new PlanDocument.LineRef(l.lineId(), l.lineNumber(),
                        l.productLabel(), l.cpvCode(), l.family(), l.unit(), l.requiredLabel())).toList(),
                content.sites().stream().map(s -> new PlanDocument.SiteRef(s.canteenId(), s.name(), s.commune(),
                        s.postalCode())).toList(),
                parameters, plan);
        LotPlan stored = new LotPlan(UUID.randomUUID(), campaignId, content.version(), campaign.groupId(),
                plan.lots().size(), plans.json(parameters), plans.json(document), access.caller(), Instant.now());
        plans.persist(stored);
        return stored;
    }

    /**
     * Publishes a proposed plan: its lots become producers' opportunities, the campaign's previously
     * published plan is superseded, and lot-plan-published.v1 announces it, all in one transaction.
     */
    @Transactional
    public LotPlan publish(UUID planId) {
        LotPlan plan = plans.get(planId);
        access.requireGroup(plan.groupId());
        Instant now = Instant.now();
        plan.publish(now);
        for (LotPlan previous : plans.publishedOf(plan.campaignId())) {
            if (!previous.id().equals(plan.id())) {
                previous.supersede();
                opportunities.withdraw(previous.id());
            }
        }
        PlanDocument document = plans.document(plan);
        for (Lot lot : document.plan().lots()) {
            lot.eligible().forEach(e -> opportunities.offer(plan, lot, e.supplierId(), Opportunity.Mode.ALONE, List.of(),
                    now));
            for (JointBid bid : lot.jointBids()) {
                for (UUID member : bid.supplierIds()) {
                    opportunities.offer(plan, lot, member, Opportunity.Mode.JOINT,
                            bid.supplierIds().stream().filter(other -> !other.equals(member)).toList(), now);
                }
            }
        }
        outbox.append(PlanEvents.published(plan, document));
        return plan;
    }
}
