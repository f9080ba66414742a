package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.Canteen;
import fr.mutualim.buyer.domain.CanteenDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registered canteen.")
public record CanteenResponse(
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID id,
        @Schema(example = "21620041000019") String siret,
        @Schema(example = "École Jules Ferry") String name,
        @Schema(example = "ECOLE") String type,
        @Schema(example = "62000") String postalCode,
        @Schema(example = "Arras") String commune,
        @Schema(example = "62041") String inseeCode,
        @Schema(example = "62") String departmentCode,
        @Schema(example = "METROPOLE", description = "EGAlim territory derived from departmentCode: METROPOLE, "
                + "GUADELOUPE, MARTINIQUE, GUYANE, LA_REUNION, SAINT_PIERRE_ET_MIQUELON, MAYOTTE, SAINT_BARTHELEMY, "
                + "SAINT_MARTIN or AUTRE_OUTRE_MER") String territory,
        @Schema(example = "50.291") BigDecimal latitude,
        @Schema(example = "2.777") BigDecimal longitude,
        @Schema(example = "320") int mealsPerDay,
        @Schema(example = "140") int serviceDaysPerYear,
        @Schema(example = "DIRECT") String managementMode,
        @Schema(description = "Its central kitchen if it is a satellite, else null") UUID centralKitchenId,
        @Schema(example = "1", description = "1 at registration, + 1 on each change") long version,
        Instant registeredAt,
        Instant updatedAt) {

    static CanteenResponse from(Canteen canteen) {
        CanteenDetails d = canteen.details();
        return new CanteenResponse(canteen.id(), d.siret(), d.name(), d.type().name(), d.postalCode(), d.commune(),
                d.inseeCode(), d.departmentCode(), d.territory().name(), d.latitude(), d.longitude(), d.mealsPerDay(),
                d.serviceDaysPerYear(), d.managementMode().name(), d.centralKitchenId(), canteen.version(),
                canteen.registeredAt(), canteen.updatedAt());
    }
}
