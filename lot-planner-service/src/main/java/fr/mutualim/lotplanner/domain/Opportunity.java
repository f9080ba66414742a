package fr.mutualim.lotplanner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A published lot one supplier can answer, alone or in a joint bid (co-traitance). */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    public enum Mode { ALONE, JOINT }

    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "lot_id") String lotId,
                      @Column(name = "supplier_id") UUID supplierId) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Column(name = "partner_ids")
    private String partnerIds;
    @Column(name = "group_id")
    private UUID groupId;
    @Column(name = "lot_title")
    private String lotTitle;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "main_cpv")
    private String mainCpv;
    @Column(name = "annual_value")
    private BigDecimal annualValue;
    @Column(name = "duration_value")
    private BigDecimal durationValue;
    private String procedure;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Opportunity() {
        // for JPA
    }

    public Opportunity(Key key, Mode mode, String partnerIds, UUID groupId, String lotTitle, String categoryCode,
                       String mainCpv, BigDecimal annualValue, BigDecimal durationValue, String procedure,
                       Instant publishedAt) {
        this.key = key;
        this.mode = mode;
        this.partnerIds = partnerIds;
        this.groupId = groupId;
        this.lotTitle = lotTitle;
        this.categoryCode = categoryCode;
        this.mainCpv = mainCpv;
        this.annualValue = annualValue;
        this.durationValue = durationValue;
        this.procedure = procedure;
        this.publishedAt = publishedAt;
    }

    public Key key() {
        return key;
    }

    public Mode mode() {
        return mode;
    }

    public String partnerIds() {
        return partnerIds;
    }

    public UUID groupId() {
        return groupId;
    }

    public String lotTitle() {
        return lotTitle;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String mainCpv() {
        return mainCpv;
    }

    public BigDecimal annualValue() {
        return annualValue;
    }

    public BigDecimal durationValue() {
        return durationValue;
    }

    public String procedure() {
        return procedure;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
