package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.EligibleSupplier;
import fr.mutualim.lotplanner.domain.planning.Exclusion;
import fr.mutualim.lotplanner.domain.planning.JointBid;
import fr.mutualim.lotplanner.domain.planning.Lot;
import fr.mutualim.lotplanner.domain.planning.LotItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lot of a plan: what it holds, where it delivers, its procedure, and who can answer it.")
public record LotResponse(
        @Schema(example = "L07") String id,
        @Schema(description = "What is bought and, for a lot split by delivery zone, the zone's communes (its "
                + "canteens' names when a commune is not known) and, for a season lot, its months. Never an origin, "
                + "a département, a distance or \"local\": a commune whose name holds such a word is counted, "
                + "not named", example = "Pommes et poires — zone 2 (Arras, Béthune et 3 autres communes)")
        String title,
        String description,
        @Schema(example = "FRUITS_LEGUMES_FRAIS") String categoryCode,
        @Schema(example = "Fruits et légumes frais") String categoryLabel,
        @Schema(example = "03222321-9") String mainCpv,
        @Schema(description = "€ HT per year", example = "18450.00") BigDecimal annualValue,
        @Schema(description = "€ HT over the whole duration, renewals included", example = "73800.00")
        BigDecimal durationValue,
        @Schema(example = "MAPA", enumeration = {"NEGOTIATED_WITHOUT_PUBLICITY", "MAPA", "FORMAL_TENDER"})
        String procedure,
        @Schema(description = "The lot uses the 20 % envelope of small lots (R2123-1 2°)") boolean smallLotEnvelope,
        @Schema(description = "Why the lot was split that way") String splitReason,
        @Schema(description = "Eligible suppliers that are local and short-chain (analysis only)", example = "3")
        int localShortChainEligible,
        List<LotLineResponse> lines,
        List<PlanDocument.SiteRef> sites,
        @Schema(description = "Suppliers that can serve the whole lot alone, best first") List<EligibleSupplier> eligible,
        @Schema(description = "Suppliers offering part of the lot, and the first reason each cannot serve it alone")
        List<Exclusion> exclusions,
        @Schema(description = "Sets of two or three suppliers who together could serve the lot though none does "
                + "alone (co-traitance); looked for where fewer than k local short-chain suppliers are eligible")
        List<JointBid> jointBids) {

    static LotResponse from(Lot lot, PlanDocument document) {
        Map<UUID, PlanDocument.LineRef> lines = document.lines().stream()
                .collect(Collectors.toMap(PlanDocument.LineRef::lineId, Function.identity()));
        Map<UUID, PlanDocument.SiteRef> sites = document.sites().stream()
                .collect(Collectors.toMap(PlanDocument.SiteRef::canteenId, Function.identity()));
        return new LotResponse(lot.id(), lot.title(), lot.description(), lot.categoryCode(), lot.categoryLabel(),
                lot.mainCpv(), lot.annualValue(), lot.durationValue(), lot.procedure().name(), lot.smallLotEnvelope(),
                lot.splitReason(), lot.localShortChainEligible(), lines(lot, lines),
                lot.siteIds().stream().map(sites::get).toList(), lot.eligible(), lot.exclusions(), lot.jointBids());
    }

    /** The lot's items added up per demand line, in line order. */
    private static List<LotLineResponse> lines(Lot lot, Map<UUID, PlanDocument.LineRef> refs) {
        Map<UUID, List<LotItem>> byLine = new LinkedHashMap<>();
        lot.items().forEach(item -> byLine.computeIfAbsent(item.lineId(), id -> new ArrayList<>()).add(item));
        return byLine.entrySet().stream().map(entry -> {
            PlanDocument.LineRef ref = refs.get(entry.getKey());
            List<LotItem> items = entry.getValue();
            Set<Integer> months = new TreeSet<>();
            items.forEach(i -> months.addAll(i.months()));
            return new LotLineResponse(ref.lineId(), ref.lineNumber(), ref.productLabel(), ref.cpvCode(), ref.unit(),
                    months, items.stream().map(LotItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                    items.stream().map(LotItem::annualValue).reduce(BigDecimal.ZERO, BigDecimal::add),
                    (int) items.stream().map(LotItem::canteenId).distinct().count(), ref.requiredLabel());
        }).sorted(Comparator.comparingInt(LotLineResponse::lineNumber)).toList();
    }
}
