package fr.mutualim.lotplanner.domain;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A lot plan proposed for one version of a campaign. Its content is computed once and frozen; only
 * its status moves: PROPOSED, then PUBLISHED, then SUPERSEDED when a newer plan of the campaign is published.
 */
@Entity
@Table(name = "lot_plan")
public class LotPlan {

    public enum Status { PROPOSED, PUBLISHED, SUPERSEDED }

    @Id
    private UUID id;
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "campaign_version")
    private int campaignVersion;
    @Column(name = "group_id")
    private UUID groupId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "lot_count")
    private int lotCount;
    private String parameters;
    private String content;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected LotPlan() {
        // for JPA
    }

    public LotPlan(UUID id, UUID campaignId, int campaignVersion, UUID groupId, int lotCount, String parameters,
                   String content, String createdBy, Instant createdAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.campaignVersion = campaignVersion;
        this.groupId = groupId;
        this.status = Status.PROPOSED;
        this.lotCount = lotCount;
        this.parameters = parameters;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Publishes a proposed plan; publishing twice is a conflict, not a second announcement. */
    public void publish(Instant now) {
        if (status != Status.PROPOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "Plan " + id + " is " + status + ": only a PROPOSED plan "
                    + "can be published; propose a new plan to publish another split");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    /** A newer plan of the same campaign was published: this one no longer offers opportunities. */
    public void supersede() {
        status = Status.SUPERSEDED;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public int campaignVersion() {
        return campaignVersion;
    }

    public UUID groupId() {
        return groupId;
    }

    public Status status() {
        return status;
    }

    public int lotCount() {
        return lotCount;
    }

    public String parameters() {
        return parameters;
    }

    public String content() {
        return content;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
