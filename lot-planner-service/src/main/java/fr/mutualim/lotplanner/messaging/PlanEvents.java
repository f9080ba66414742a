package fr.mutualim.lotplanner.messaging;

import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.EligibleSupplier;
import fr.mutualim.lotplanner.domain.planning.JointBid;
import fr.mutualim.lotplanner.domain.planning.Lot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events lot-planner-service publishes, documented in docs/events.md. */
public final class PlanEvents {

    public static final String PLANS_TOPIC = "plans.events";
    public static final String LOT_PLAN_PUBLISHED = "fr.mutualim.lotplanner.lot-plan-published.v1";

    private PlanEvents() {
    }

    /** Keyed by campaign: successive plans of one campaign stay in order. */
    public static OutgoingEvent published(LotPlan plan, PlanDocument document) {
        var summary = document.plan().summary();
        List<LotV1> lots = document.plan().lots().stream().map(PlanEvents::lot).toList();
        return new OutgoingEvent(PLANS_TOPIC, LOT_PLAN_PUBLISHED, plan.campaignId().toString(),
                "demand-campaigns/" + plan.campaignId() + "/plans/" + plan.id(),
                new LotPlanPublishedV1(plan.id(), plan.campaignId(), plan.campaignVersion(), plan.groupId(),
                        document.campaignName(), document.parameters().launchDate(),
                        document.parameters().contractStart(), document.parameters().durationMonths(),
                        summary.lotCount(), summary.annualValue(), summary.durationValue(), summary.shareWithKLocal(),
                        summary.baseline().shareWithKLocal(), lots, plan.publishedAt()));
    }

    private static LotV1 lot(Lot lot) {
        return new LotV1(lot.id(), lot.title(), lot.description(), lot.categoryCode(), lot.mainCpv(),
                lot.annualValue(), lot.durationValue(), lot.procedure().name(), lot.siteIds().size(),
                lot.items().stream().map(i -> i.lineId()).distinct().count(),
                lot.eligible().stream().map(EligibleSupplier::supplierId).toList(),
                lot.jointBids().stream().map(JointBid::supplierIds).toList());
    }

    public record LotPlanPublishedV1(UUID planId, UUID campaignId, int campaignVersion, UUID groupId,
                                     String campaignName, LocalDate launchDate, LocalDate contractStart,
                                     int durationMonths, int lotCount, BigDecimal annualValue,
                                     BigDecimal durationValue, BigDecimal shareWithKLocal,
                                     BigDecimal baselineShareWithKLocal, List<LotV1> lots, Instant publishedAt) {
    }

    public record LotV1(String lotId, String title, String description, String categoryCode, String mainCpv,
                        BigDecimal annualValue, BigDecimal durationValue, String procedure, int siteCount,
                        long lineCount, List<UUID> eligibleSupplierIds, List<List<UUID>> jointBids) {
    }
}
