package fr.mutualim.egalimtracker.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.service.Figures;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The EGAlim figures of every known canteen of a département or a région, summed.")
public record TerritorySharesResponse(
        @Schema(example = "DEPARTMENT", enumeration = {"DEPARTMENT", "REGION"}) String level,
        @Schema(example = "62", description = "département code, or INSEE région code") String code,
        @Schema(example = "Hauts-de-France", description = "the région's name (of the département's région at that level)")
        String regionName,
        @Schema(example = "METROPOLE") Territory territory,
        @Schema(example = "214", description = "canteens known in the area") int canteenCount,
        @Schema(example = "2026") int year,
        @JsonUnwrapped FiguresDto figures,
        List<FiguresDto.TargetDto> targets) {

    static TerritorySharesResponse from(String level, String code, Figures.ScopeFigures f) {
        return new TerritorySharesResponse(level, code, f.name(), f.territory(), f.canteens(), f.year(),
                FiguresDto.of(f.shares()), FiguresDto.TargetDto.of(f.targets()));
    }
}
