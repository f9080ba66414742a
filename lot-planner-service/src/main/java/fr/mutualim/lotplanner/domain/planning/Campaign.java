package fr.mutualim.lotplanner.domain.planning;

import java.util.List;
import java.util.UUID;

/** A purchasing group's demand, as in demand-campaign-submitted.v1. */
public record Campaign(UUID id, int version, UUID groupId, String name, List<DeliverySite> sites, List<DemandLine> lines) {}
