package fr.mutualim.buyer.domain.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a demand campaign: a purchasing group's needs for one tender. Version 1 is
 * created as a DRAFT; its lines are edited until it is submitted, which freezes it. A revision
 * copies the submitted version's lines into a new DRAFT version of the same campaign; earlier
 * versions stay as they were submitted.
 */
@Entity
@Table(name = "demand_campaign")
public class DemandCampaign {

    @Id
    @Column(name = "revision_id")
    private UUID revisionId;
    @Column(name = "campaign_id")
    private UUID campaignId;
    private int version;
    @Column(name = "group_id")
    private UUID groupId;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "revision_id", nullable = false)
    @OrderBy("lineNumber")
    private List<DemandLine> lines = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected DemandCampaign() {
        // for JPA
    }

    /** A new campaign: version 1, DRAFT, no line. */
    public static DemandCampaign create(UUID campaignId, UUID groupId, String name, String description, Instant now) {
        DemandCampaign campaign = new DemandCampaign();
        campaign.revisionId = UUID.randomUUID();
        campaign.campaignId = campaignId;
        campaign.version = 1;
        campaign.groupId = groupId;
        campaign.name = name;
        campaign.description = description;
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdAt = now;
        campaign.changedAt = now;
        return campaign;
    }

    public boolean draft() {
        return status == CampaignStatus.DRAFT;
    }

    /** Adds a line at the end; returns it. */
    public DemandLine addLine(DemandLineDetails details, Instant now) {
        requireDraft();
        DemandLine line = DemandLine.of(UUID.randomUUID(), lines.size() + 1, details);
        lines.add(line);
        changedAt = now;
        return line;
    }

    public DemandLine replaceLine(UUID lineId, DemandLineDetails details, Instant now) {
        requireDraft();
        DemandLine line = line(lineId).orElseThrow();
        line.apply(details);
        changedAt = now;
        return line;
    }

    /** Removes a line; the lines after it move up, so that numbers stay 1 to n. */
    public void removeLine(UUID lineId, Instant now) {
        requireDraft();
        lines.remove(line(lineId).orElseThrow());
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).renumber(i + 1);
        }
        changedAt = now;
    }

    /**
     * Why this version cannot be submitted: no line, or lines without any quantity, each named by
     * its JSON path in the campaign ({@code lines[1].quantities}).
     */
    public List<DemandLineDetails.Violation> submissionBlockers() {
        if (lines.isEmpty()) {
            return List.of(new DemandLineDetails.Violation("lines", "the campaign has no line"));
        }
        List<DemandLineDetails.Violation> blockers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).details().quantities().isEmpty()) {
                blockers.add(new DemandLineDetails.Violation("lines[" + i + "].quantities",
                        "line " + lines.get(i).lineNumber() + " has no quantity"));
            }
        }
        return blockers;
    }

    /** Freezes this version. */
    public void submit(Instant now) {
        requireDraft();
        if (!submissionBlockers().isEmpty()) {
            throw new IllegalStateException(submissionBlockers().toString());
        }
        status = CampaignStatus.SUBMITTED;
        submittedAt = now;
        changedAt = now;
    }

    /** The next version, a DRAFT with this version's lines (same line ids); createdAt stays the campaign's. */
    public DemandCampaign revise(Instant now) {
        if (draft()) {
            throw new IllegalStateException("Version " + version + " is still a draft");
        }
        DemandCampaign next = create(campaignId, groupId, name, description, now);
        next.version = version + 1;
        next.createdAt = createdAt;
        lines.forEach(l -> next.lines.add(l.copy()));
        return next;
    }

    public Optional<DemandLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    /** The canteens that have a quantity on some line, in the order they first appear. */
    public Set<UUID> sites() {
        Set<UUID> sites = new LinkedHashSet<>();
        lines.forEach(l -> l.sortedQuantities().forEach(q -> sites.add(q.canteenId())));
        return sites;
    }

    private void requireDraft() {
        if (!draft()) {
            throw new IllegalStateException("Version " + version + " of campaign " + campaignId + " is submitted");
        }
    }

    public UUID campaignId() {
        return campaignId;
    }

    public int version() {
        return version;
    }

    public UUID groupId() {
        return groupId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public CampaignStatus status() {
        return status;
    }

    public List<DemandLine> lines() {
        return List.copyOf(lines);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
