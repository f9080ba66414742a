package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.Lot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lot with every (demand line, delivery site) item it holds.")
public record LotDetailResponse(LotResponse lot, List<Item> items) {

    @Schema(description = "One demand line at one delivery site (or the season part of it).")
    public record Item(UUID lineId, @Schema(example = "3") int lineNumber,
                       @Schema(example = "Pommes de table") String productLabel, UUID canteenId,
                       @Schema(example = "Collège Jean Moulin") String siteName, Set<Integer> months,
                       @Schema(example = "1200.000") BigDecimal quantity,
                       @Schema(example = "1680.00") BigDecimal annualValue) {
    }

    static LotDetailResponse from(Lot lot, PlanDocument document) {
        Map<UUID, PlanDocument.LineRef> lines = document.lines().stream()
                .collect(Collectors.toMap(PlanDocument.LineRef::lineId, Function.identity()));
        Map<UUID, PlanDocument.SiteRef> sites = document.sites().stream()
                .collect(Collectors.toMap(PlanDocument.SiteRef::canteenId, Function.identity()));
        return new LotDetailResponse(LotResponse.from(lot, document), lot.items().stream()
                .map(i -> new Item(i.lineId(), lines.get(i.lineId()).lineNumber(), lines.get(i.lineId()).productLabel(),
                        i.canteenId(), sites.get(i.canteenId()).name(), i.months(), i.quantity(), i.annualValue()))
                .toList());
    }
}
