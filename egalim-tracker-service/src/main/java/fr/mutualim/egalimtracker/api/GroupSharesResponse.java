package fr.mutualim.egalimtracker.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.service.Figures;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A purchasing group's EGAlim figures for a year: the sum of its member canteens' purchases.")
public record GroupSharesResponse(
        @Schema(example = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID groupId,
        @Schema(example = "Groupement restauration scolaire Artois 2026-2027") String groupName,
        @Schema(example = "12") int memberCount,
        @Schema(example = "METROPOLE", description = "the members' territory; null when they are in several, "
                + "and then no targets are checked") Territory territory,
        @Schema(example = "2026") int year,
        @JsonUnwrapped FiguresDto figures,
        List<FiguresDto.TargetDto> targets) {

    static GroupSharesResponse from(UUID groupId, Figures.ScopeFigures f) {
        return new GroupSharesResponse(groupId, f.name(), f.canteens(), f.territory(), f.year(),
                FiguresDto.of(f.shares()), FiguresDto.TargetDto.of(f.targets()));
    }
}
