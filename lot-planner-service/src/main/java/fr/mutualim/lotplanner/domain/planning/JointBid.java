package fr.mutualim.lotplanner.domain.planning;

import java.util.List;
import java.util.UUID;

/** Suppliers that together serve every item of a lot, none of them alone (groupement momentané d'entreprises). */
public record JointBid(List<UUID> supplierIds, List<String> names, boolean allShortChain) {}
