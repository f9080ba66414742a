package fr.mutualim.buyer.domain.campaign;

/** A version of a demand campaign is edited while DRAFT, and frozen once SUBMITTED. */
public enum CampaignStatus {
    DRAFT, SUBMITTED
}
