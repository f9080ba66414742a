package fr.mutualim.buyer.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mutualim.buyer.domain.ProductFamily;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemandCampaignTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-03T09:00:00Z");
    private static final UUID SITE = UUID.randomUUID();

    @Test
    void removingALineMovesTheNextOnesUp() {
        DemandCampaign campaign = draft();
        DemandLine first = campaign.addLine(line("A", true), T0);
        campaign.addLine(line("B", true), T0);
        DemandLine third = campaign.addLine(line("C", true), T0);
        campaign.removeLine(first.lineId(), T1);
        assertEquals(List.of(1, 2), campaign.lines().stream().map(DemandLine::lineNumber).toList());
        assertEquals(third.lineId(), campaign.lines().get(1).lineId());
        assertEquals(T1, campaign.changedAt());
    }

    @Test
    void aSubmittedVersionIsFrozenAndItsRevisionIsTheNextDraftWithTheSameLineIds() {
        DemandCampaign campaign = draft();
        DemandLine line = campaign.addLine(line("A", true), T0);
        campaign.submit(T1);
        assertEquals(CampaignStatus.SUBMITTED, campaign.status());
        assertEquals(T1, campaign.submittedAt());
        assertThrows(IllegalStateException.class, () -> campaign.addLine(line("B", true), T1));
        assertThrows(IllegalStateException.class, () -> campaign.removeLine(line.lineId(), T1));

        DemandCampaign next = campaign.revise(T1);
        assertEquals(2, next.version());
        assertEquals(campaign.campaignId(), next.campaignId());
        assertEquals(CampaignStatus.DRAFT, next.status());
        assertEquals(T0, next.createdAt(), "the campaign's creation, not the revision's");
        assertEquals(List.of(line.lineId()), next.lines().stream().map(DemandLine::lineId).toList());
        next.replaceLine(line.lineId(), line("A bis", true), T1);
        assertEquals("A", campaign.lines().get(0).details().productLabel(), "the submitted version is untouched");
        assertThrows(IllegalStateException.class, () -> next.revise(T1));
    }

    @Test
    void anEmptyCampaignOrALineWithoutQuantityBlocksTheSubmission() {
        DemandCampaign campaign = draft();
        assertEquals(List.of(new DemandLineDetails.Violation("lines", "the campaign has no line")),
                campaign.submissionBlockers());
        campaign.addLine(line("A", true), T0);
        campaign.addLine(line("B", false), T0);
        assertEquals(List.of(new DemandLineDetails.Violation("lines[1].quantities", "line 2 has no quantity")),
                campaign.submissionBlockers());
        assertThrows(IllegalStateException.class, () -> campaign.submit(T1));
        assertEquals(CampaignStatus.DRAFT, campaign.status());
    }

    private static DemandCampaign draft() {
        return DemandCampaign.create(UUID.randomUUID(), UUID.randomUUID(), "Denrées", null, T0);
    }

    private static DemandLineDetails line(String product, boolean withQuantity) {
        return new DemandLineDetails(product, "03222321-9", ProductFamily.FRUITS_ET_LEGUMES,
                new HomogeneousCategory("FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais"), DemandUnit.KG,
                new TreeSet<>(Set.of(1, 2)), 1, new BigDecimal("1.40"), null,
                withQuantity ? List.of(new SiteQuantity(SITE, new BigDecimal("10.000"))) : List.of());
    }
}
