package fr.mutualim.egalimtracker.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.service.Figures;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen's EGAlim figures for a calendar year and its territory's targets for that year.")
public record SharesResponse(
        @Schema(example = "5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21") UUID canteenId,
        @Schema(example = "École Jules Ferry", description = "null until the canteen's own event has arrived")
        String canteenName,
        @Schema(example = "62") String departmentCode,
        @Schema(example = "METROPOLE", description = "decides the targets; null until the canteen's own event has arrived")
        Territory territory,
        @Schema(example = "2026") int year,
        @JsonUnwrapped FiguresDto figures,
        @Schema(description = "empty for years before the first targets (2022) or while the territory is unknown")
        List<FiguresDto.TargetDto> targets) {

    static SharesResponse from(UUID canteenId, Figures.ScopeFigures f) {
        return new SharesResponse(canteenId, f.name(), f.departmentCode(), f.territory(), f.year(),
                FiguresDto.of(f.shares()), FiguresDto.TargetDto.of(f.targets()));
    }
}
