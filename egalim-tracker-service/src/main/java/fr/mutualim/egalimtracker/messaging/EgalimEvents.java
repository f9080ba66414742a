package fr.mutualim.egalimtracker.messaging;

import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.egalimtracker.domain.TargetCheck;
import fr.mutualim.egalimtracker.domain.Territory;
import java.math.BigDecimal;
import java.util.UUID;

/** The events egalim-tracker-service publishes, documented in docs/events.md. */
public final class EgalimEvents {

    public static final String ALERTS_TOPIC = "egalim.alerts";
    public static final String TARGET_STATUS_CHANGED = "fr.mutualim.egalim.target-status-changed.v1";

    private EgalimEvents() {
    }

    /** Keyed by canteen: one canteen's status changes stay in order. */
    public static OutgoingEvent targetStatusChanged(UUID canteenId, int year, Territory territory, TargetCheck check,
                                                    boolean previouslyMet) {
        return new OutgoingEvent(ALERTS_TOPIC, TARGET_STATUS_CHANGED, canteenId.toString(),
                "canteens/" + canteenId + "/shares/" + year,
                new TargetStatusChangedV1(canteenId, year, territory.name(), check.target().name(),
                        check.sharePercent(), check.targetPercent(), check.met(), previouslyMet));
    }

    /** Data of {@code target-status-changed.v1}. */
    public record TargetStatusChangedV1(UUID canteenId, int year, String territory, String target,
                                        BigDecimal sharePercent, BigDecimal targetPercent, boolean met,
                                        boolean previousMet) {
    }
}
