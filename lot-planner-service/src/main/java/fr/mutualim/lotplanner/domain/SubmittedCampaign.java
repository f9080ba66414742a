package fr.mutualim.lotplanner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest submitted version of a demand campaign. The content is the event's JSON, kept whole:
 * a submitted campaign is frozen, and the planner always reads all of it.
 */
@Entity
@Table(name = "demand_campaign")
public class SubmittedCampaign {

    @Id
    private UUID id;
    private int version;
    @Column(name = "group_id")
    private UUID groupId;
    private String name;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "line_count")
    private int lineCount;
    @Column(name = "site_count")
    private int siteCount;
    private String content;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected SubmittedCampaign() {
        // for JPA
    }

    public SubmittedCampaign(UUID id) {
        this.id = id;
    }

    /** Keeps the highest version: a revision replaces the campaign, a late older version does not. */
    public boolean apply(int version, UUID groupId, String name, Instant submittedAt, int lineCount, int siteCount,
                         String content, Instant now) {
        if (version <= this.version) {
            return false;
        }
        this.version = version;
        this.groupId = groupId;
        this.name = name;
        this.submittedAt = submittedAt;
        this.lineCount = lineCount;
        this.siteCount = siteCount;
        this.content = content;
        this.receivedAt = now;
        return true;
    }

    public UUID id() {
        return id;
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

    public Instant submittedAt() {
        return submittedAt;
    }

    public int lineCount() {
        return lineCount;
    }

    public int siteCount() {
        return siteCount;
    }

    public String content() {
        return content;
    }
}
