package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.LotPlan;
import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.Lot;
import fr.mutualim.lotplanner.domain.planning.Procedure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as an OCDS 1.1 release package with the lots extension: the tender, its lots
 * ({@code tender.lots}) and one item per demand line of each lot ({@code tender.items}, CPV
 * classification, {@code relatedLot}). Built as ordered maps: the output is a document in someone
 * else's schema, not one of our resources.
 */
final class OcdsReleasePackage {

    static final String LOTS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";
    /** Prefix of our OCDS ids; a real publisher registers its own with the Open Contracting Partnership. */
    static final String OCID_PREFIX = "ocds-mutualim-";

    private OcdsReleasePackage() {
    }

    static Map<String, Object> of(LotPlan plan, PlanDocument document, URI uri) {
        String date = (plan.publishedAt() != null ? plan.publishedAt() : plan.createdAt()).toString();
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", uri.toString());
        pkg.put("version", "1.1");
        pkg.put("extensions", List.of(LOTS_EXTENSION));
        pkg.put("publishedDate", date);
        pkg.put("publisher", Map.of("name", "Mutualim lot-planner-service"));
        pkg.put("releases", List.of(release(plan, document, date)));
        return pkg;
    }

    private static Map<String, Object> release(LotPlan plan, PlanDocument document, String date) {
        String buyerName = document.coordinator() != null ? document.coordinator()
                : document.groupName() != null ? document.groupName() : "Purchasing group " + plan.groupId();
        Map<String, Object> buyer = new LinkedHashMap<>();
        buyer.put("id", plan.groupId().toString());
        buyer.put("name", buyerName);

        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", OCID_PREFIX + plan.campaignId());
        release.put("id", plan.id() + "-" + plan.status().name().toLowerCase());
        release.put("date", date);
        release.put("tag", List.of("planning"));
        release.put("initiationType", "tender");
        release.put("language", "fr");
        release.put("parties", List.of(Map.of("id", plan.groupId().toString(), "name", buyerName,
                "roles", List.of("buyer", "procuringEntity"))));
        release.put("buyer", buyer);
        release.put("tender", tender(plan, document));
        return release;
    }

    private static Map<String, Object> tender(LotPlan plan, PlanDocument document) {
        var summary = document.plan().summary();
        var parameters = document.parameters();
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", plan.campaignId() + "-v" + plan.campaignVersion());
        tender.put("title", document.campaignName());
        if (document.campaignDescription() != null) {
            tender.put("description", document.campaignDescription());
        }
        tender.put("status", plan.status() == LotPlan.Status.PUBLISHED ? "planned" : "planning");
        tender.put("procurementMethod", method(summary.operation().procedure()));
        tender.put("procurementMethodDetails", summary.operation().explanation());
        tender.put("mainProcurementCategory", "goods");
        tender.put("value", value(summary.durationValue()));
        tender.put("contractPeriod", period(parameters.contractStart(), parameters.durationMonths()));
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> lots = new ArrayList<>();
        for (Lot lot : document.plan().lots()) {
            lots.add(lot(lot, plan, parameters.contractStart(), parameters.durationMonths()));
            items.addAll(items(lot, document));
        }
        tender.put("items", items);
        tender.put("lots", lots);
        if (parameters.maxLotsPerWinner() != null) {
            tender.put("lotDetails", Map.of("maximumLotsAwardedPerSupplier", parameters.maxLotsPerWinner()));
        }
        return tender;
    }

    private static Map<String, Object> lot(Lot lot, LotPlan plan, LocalDate start, int months) {
        Map<String, Object> ocds = new LinkedHashMap<>();
        ocds.put("id", lot.id());
        ocds.put("title", lot.title());
        ocds.put("description", lot.description() + " Procédure : " + procedureLabel(lot.procedure())
                + (lot.smallLotEnvelope() ? " (petit lot, R2123-1 2°)." : "."));
        ocds.put("status", plan.status() == LotPlan.Status.PUBLISHED ? "planned" : "planning");
        ocds.put("value", value(lot.durationValue()));
        ocds.put("contractPeriod", period(start, months));
        return ocds;
    }

    /** One OCDS item per demand line of the lot, its quantity added up over the lot's sites. */
    private static List<Map<String, Object>> items(Lot lot, PlanDocument document) {
        return LotResponse.from(lot, document).lines().stream().map(line -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", lot.id() + "-" + line.lineNumber());
            item.put("description", line.productLabel());
            item.put("classification", Map.of("scheme", "CPV", "id", line.cpvCode().substring(0, 8),
                    "description", line.productLabel()));
            item.put("quantity", line.quantity());
            item.put("unit", unit(line.unit(), line.annualValue().divide(line.quantity(), 4,
                    RoundingMode.HALF_UP)));
            item.put("relatedLot", lot.id());
            return item;
        }).toList();
    }

    private static Map<String, Object> unit(String code, BigDecimal unitPrice) {
        String name = switch (code) {
            case "KG" -> "kilogram";
            case "L" -> "litre";
            default -> "piece";
        };
        return Map.of("name", name, "value", value(unitPrice));
    }

    private static Map<String, Object> value(BigDecimal amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    private static Map<String, Object> period(LocalDate start, int months) {
        LocalDate end = start.plusMonths(months).minusDays(1);
        return Map.of("startDate", start.atStartOfDay().toInstant(ZoneOffset.UTC).toString(),
                "endDate", end.atStartOfDay().toInstant(ZoneOffset.UTC).toString(),
                "durationInDays", end.toEpochDay() - start.toEpochDay() + 1);
    }

    /** OCDS method codes: a formal tender and a MAPA are open to all; R2122-8 is a direct award. */
    private static String method(Procedure procedure) {
        return procedure == Procedure.NEGOTIATED_WITHOUT_PUBLICITY ? "direct" : "open";
    }

    private static String procedureLabel(Procedure procedure) {
        return switch (procedure) {
            case FORMAL_TENDER -> "appel d'offres (R2124-1)";
            case MAPA -> "procédure adaptée (R2123-1)";
            case NEGOTIATED_WITHOUT_PUBLICITY -> "marché sans publicité ni mise en concurrence (R2122-8)";
        };
    }
}
