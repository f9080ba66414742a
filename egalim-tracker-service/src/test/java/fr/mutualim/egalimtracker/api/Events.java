package fr.mutualim.egalimtracker.api;

import fr.mutualim.localstack.TestKafka;
import java.util.Map;
import java.util.UUID;

/** Publishes buyer-service events as buyer-service does (binary CloudEvents), for the integration tests. */
public final class Events {

    private Events() {
    }

    public static void canteen(String type, String canteen, int version, String siret, String department, String territory) {
        String territoryField = territory == null ? "" : ", \"territory\": \"" + territory + "\"";
        publish("canteens.events", canteen, type, """
                {"canteenId": "%s", "version": %d, "siret": "%s", "name": "Cantine %s", "type": "ECOLE",
                 "postalCode": "97100", "commune": "Basse-Terre", "inseeCode": "97105", "departmentCode": "%s",
                 "latitude": 16.0, "longitude": -61.7, "mealsPerDay": 100, "registeredAt": "2026-01-01T00:00:00Z"%s}
                """.formatted(canteen, version, siret, siret, department, territoryField));
    }

    public static void registered(String canteen, String siret, String department) {
        canteen("fr.mutualim.buyer.canteen-registered.v1", canteen, 1, siret, department, null);
    }

    public static void purchase(String purchase, String canteen, int version, String date, String family, String labels,
                         String amount, String localDefinition) {
        String type = version == 1 ? "fr.mutualim.buyer.purchase-recorded.v1" : "fr.mutualim.buyer.purchase-corrected.v1";
        boolean local = localDefinition != null;
        publish("purchases.events", canteen, type, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "date": "%s", "supplierName": "Ferme",
                 "supplierSiret": null, "description": "test", "family": "%s", "labels": %s, "amountExclTax": %s,
                 "local": %s, "localDefinition": %s, "localDistanceKm": null, "recordedAt": "2026-05-01T00:00:00Z"}
                """.formatted(purchase, canteen, version, date, family, labels, amount, local,
                local ? "\"" + localDefinition + "\"" : "null"));
    }

    public static void deleted(String purchase, String canteen, int version) {
        publish("purchases.events", canteen, "fr.mutualim.buyer.purchase-deleted.v1", """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "deletedAt": "2026-05-01T00:00:00Z"}
                """.formatted(purchase, canteen, version));
    }

    public static void group(String group, int version, String... members) {
        StringBuilder ids = new StringBuilder();
        for (String member : members) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(member).append('"');
        }
        publish("groups.events", group, "fr.mutualim.buyer.purchasing-group-changed.v1", """
                {"groupId": "%s", "version": %d, "name": "Groupement %s", "coordinator": "Département",
                 "startDate": "2026-01-01", "endDate": "2026-12-31", "memberCanteenIds": [%s],
                 "changedAt": "2026-04-02T09:30:12.004518Z"}
                """.formatted(group, version, version, ids));
    }

    public static void publish(String topic, String key, String type, String data) {
        publish(UUID.randomUUID().toString(), topic, key, type, data);
    }

    /** With a chosen ce_id, to deliver the very same event again. */
    public static void publish(String eventId, String topic, String key, String type, String data) {
        TestKafka.publish(topic, key, data, Map.of("ce_specversion", "1.0", "ce_id", eventId,
                "ce_type", type, "ce_source", "/mutualim/buyer-service", "content-type", "application/json"));
    }
}
