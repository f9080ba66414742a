package fr.mutualim.lotplanner.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.localstack.TestKafka;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the other services' events, exactly as docs/events.md describes them, so that tests
 * build the planner's read models the way production does: through Kafka.
 */
public final class PlannerEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlannerEvents() {
    }

    /** A supplier with its location; kind PRODUCER, WHOLESALER, … */
    public static void supplier(UUID id, long version, String name, String kind, double latitude, double longitude,
                                int radiusKm, int intermediaries) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("supplierId", id.toString());
        data.put("version", version);
        data.put("siret", "73282932000074");
        data.put("legalName", name);
        data.put("tradeName", null);
        data.put("kind", kind);
        data.put("sizeClass", "WHOLESALER".equals(kind) ? "LARGE" : "MICRO");
        data.put("sme", !"WHOLESALER".equals(kind));
        data.put("location", Map.of("postalCode", "62000", "commune", "Arras", "inseeCode", "62041",
                "latitude", latitude, "longitude", longitude));
        data.put("deliveryRadiusKm", radiusKm);
        data.put("minimumOrderExclTax", 0);
        data.put("intermediaries", intermediaries);
        data.put("shortChain", intermediaries <= 1);
        data.put("cooperativeId", null);
        data.put("registeredAt", "2026-11-01T08:00:00Z");
        data.put("updatedAt", "2026-11-01T08:00:00Z");
        publish("suppliers.events", id, "fr.mutualim.supplier.supplier-" + (version == 1 ? "registered" : "updated")
                + ".v1", "suppliers/" + id, data);
    }

    public static void offer(UUID supplierId, UUID offerId, long version, String status, String cpvCode, String family,
                             String unit, long annualCapacity, List<Integer> months) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("supplierId", supplierId.toString());
        data.put("offerId", offerId.toString());
        data.put("version", version);
        data.put("status", status);
        data.put("productLabel", "Offer " + cpvCode);
        data.put("cpvCode", cpvCode);
        data.put("family", family);
        data.put("unit", unit);
        data.put("annualCapacity", annualCapacity);
        data.put("months", months);
        data.put("monthlyCapacity", null);
        data.put("unitPriceExclTax", 2.10);
        data.put("processingLevel", 1);
        data.put("deliveryDays", List.of("TUESDAY"));
        data.put("publishedAt", "2026-11-01T08:00:00Z");
        data.put("updatedAt", "2026-11-01T08:00:00Z");
        String type = "WITHDRAWN".equals(status) ? "offer-withdrawn" : version == 1 ? "offer-published" : "offer-updated";
        publish("suppliers.events", supplierId, "fr.mutualim.supplier." + type + ".v1",
                "suppliers/" + supplierId + "/offers/" + offerId, data);
    }

    public static void certification(UUID supplierId, UUID certificationId, String label, String validFrom,
                                     String validUntil, String revokedOn, List<String> families) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("supplierId", supplierId.toString());
        data.put("certificationId", certificationId.toString());
        data.put("type", label);
        data.put("egalimLabel", label);
        data.put("countsForEgalim", true);
        data.put("certifier", "Ecocert France");
        data.put("certificateNumber", "62/1");
        data.put("validFrom", validFrom);
        data.put("validUntil", validUntil);
        data.put("scopeFamilies", families);
        data.put("scopeCpvPrefixes", List.of());
        data.put("revokedOn", revokedOn);
        data.put("revocationReason", revokedOn == null ? null : "withdrawn by the certifier");
        String type = revokedOn == null ? "certification-added" : "certification-revoked";
        publish("suppliers.events", supplierId, "fr.mutualim.supplier." + type + ".v1",
                "suppliers/" + supplierId + "/certifications/" + certificationId, data);
    }

    public static void group(UUID groupId, long version, String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groupId", groupId.toString());
        data.put("version", version);
        data.put("name", name);
        data.put("coordinator", "Département du Pas-de-Calais");
        data.put("startDate", "2027-01-01");
        data.put("endDate", "2030-12-31");
        data.put("memberCanteenIds", List.of());
        data.put("changedAt", "2026-11-01T08:00:00Z");
        publish("groups.events", groupId, "fr.mutualim.buyer.purchasing-group-changed.v1",
                "purchasing-groups/" + groupId, data);
    }

    /** A demand campaign being assembled, then submitted as demand-campaign-submitted.v1. */
    public static CampaignBuilder campaign(UUID groupId, String name) {
        return new CampaignBuilder(groupId, name);
    }

    public static final class CampaignBuilder {
        private final UUID id = UUID.randomUUID();
        private final UUID groupId;
        private final String name;
        private final List<Map<String, Object>> sites = new ArrayList<>();
        private final List<Map<String, Object>> lines = new ArrayList<>();

        private CampaignBuilder(UUID groupId, String name) {
            this.groupId = groupId;
            this.name = name;
        }

        public UUID id() {
            return id;
        }

        public CampaignBuilder site(UUID canteenId, String siteName, double latitude, double longitude) {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("canteenId", canteenId.toString());
            site.put("name", siteName);
            site.put("siret", "21620041000019");
            site.put("postalCode", "62000");
            site.put("commune", siteName);
            site.put("inseeCode", "62041");
            site.put("departmentCode", "62");
            site.put("latitude", latitude);
            site.put("longitude", longitude);
            sites.add(site);
            return this;
        }

        /** A line needed by every site so far, the same quantity at each. */
        public CampaignBuilder line(String productLabel, String cpvCode, String family, String categoryCode,
                                    String unit, double unitPrice, long quantityPerSite, String requiredLabel) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineId", UUID.randomUUID().toString());
            line.put("lineNumber", lines.size() + 1);
            line.put("productLabel", productLabel);
            line.put("cpvCode", cpvCode);
            line.put("family", family);
            line.put("category", Map.of("code", categoryCode, "label", categoryCode.replace('_', ' ')));
            line.put("unit", unit);
            line.put("months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
            line.put("deliveriesPerWeek", 1);
            line.put("estimatedUnitPriceExclTax", unitPrice);
            line.put("requiredLabel", requiredLabel);
            line.put("quantities", sites.stream()
                    .map(s -> Map.of("canteenId", s.get("canteenId"), "quantityPerYear", quantityPerSite)).toList());
            lines.add(line);
            return this;
        }

        public void submit(int version) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("campaignId", id.toString());
            data.put("version", version);
            data.put("groupId", groupId.toString());
            data.put("name", name);
            data.put("description", null);
            data.put("submittedAt", "2026-11-02T09:14:03.215200Z");
            data.put("sites", sites);
            data.put("lines", lines);
            publish("campaigns.events", id, "fr.mutualim.buyer.demand-campaign-submitted.v1",
                    "purchasing-groups/" + groupId + "/demand-campaigns/" + id, data);
        }
    }

    /**
     * A purchase line recorded (version 1) or corrected (later versions), keyed by canteen like buyer-service's;
     * returns the event id, to deliver the same event again with {@link #purchaseAgain}.
     */
    public static String purchase(UUID purchaseId, UUID canteenId, long version, String date, String amountExclTax,
                                  List<String> labels) {
        String eventId = UUID.randomUUID().toString();
        purchaseAgain(eventId, purchaseId, canteenId, version, date, amountExclTax, labels);
        return eventId;
    }

    public static void purchaseAgain(String eventId, UUID purchaseId, UUID canteenId, long version, String date,
                                     String amountExclTax, List<String> labels) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("purchaseId", purchaseId.toString());
        data.put("canteenId", canteenId.toString());
        data.put("version", version);
        data.put("date", date);
        data.put("supplierName", "GAEC des Trois Vallées");
        data.put("supplierSiret", null);
        data.put("description", "Pommes Golden");
        data.put("family", "FRUITS_ET_LEGUMES");
        data.put("labels", labels);
        data.put("amountExclTax", new BigDecimal(amountExclTax));
        data.put("local", labels.contains("LOCAL"));
        data.put("localDefinition", labels.contains("LOCAL") ? "DEPARTEMENT" : null);
        data.put("localDistanceKm", null);
        data.put("recordedAt", "2026-11-20T10:00:00Z");
        if (version > 1) {
            data.put("correctedAt", "2026-11-21T10:00:00Z");
        }
        publish(eventId, "purchases.events", canteenId, "fr.mutualim.buyer.purchase-"
                + (version == 1 ? "recorded" : "corrected") + ".v1", "canteens/" + canteenId + "/purchases/" + purchaseId,
                data);
    }

    /** A purchase line deleted: {@code version} is its last version plus one. Returns the event id. */
    public static String purchaseDeleted(UUID purchaseId, UUID canteenId, long version) {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("purchaseId", purchaseId.toString());
        data.put("canteenId", canteenId.toString());
        data.put("version", version);
        data.put("deletedAt", "2026-11-22T10:00:00Z");
        publish(eventId, "purchases.events", canteenId, "fr.mutualim.buyer.purchase-deleted.v1",
                "canteens/" + canteenId + "/purchases/" + purchaseId, data);
        return eventId;
    }

    private static void publish(String topic, UUID key, String type, String subject, Map<String, Object> data) {
        publish(UUID.randomUUID().toString(), topic, key, type, subject, data);
    }

    private static void publish(String eventId, String topic, UUID key, String type, String subject,
                                Map<String, Object> data) {
        try {
            TestKafka.publish(topic, key.toString(), JSON.writeValueAsString(data), Map.of(
                    "ce_specversion", "1.0",
                    "ce_id", eventId,
                    "ce_type", type,
                    "ce_source", type.contains(".buyer.") ? "/mutualim/buyer-service" : "/mutualim/supplier-service",
                    "ce_subject", subject,
                    "ce_time", "2026-11-26T10:00:00Z",
                    "content-type", "application/json"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
