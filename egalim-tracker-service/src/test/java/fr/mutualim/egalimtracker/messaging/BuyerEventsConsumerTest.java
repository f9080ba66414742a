package fr.mutualim.egalimtracker.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class BuyerEventsConsumerTest {

    @Test
    void purchasesAreCountedInTheirCanteensSharesExactly() {
        String canteen = UUID.randomUUID().toString();
        publishCanteen(canteen);
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-02-10", "[\"BIO\"]", "0.10");
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-02-11", "[\"LABEL_ROUGE\", \"LOCAL\"]", "0.20");
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-02-12", "[\"LOCAL\"]", "0.70");
        publishPurchase(UUID.randomUUID().toString(), canteen, "2025-12-31", "[\"BIO\"]", "99.00");

        awaitPurchaseCount(canteen, 3);
        // The canteen travels on another topic: no order between the two is promised.
        await().atMost(Duration.ofSeconds(30)).until(() -> "Cantine test".equals(given().auth().oauth2(TestTokens.admin())
                .get("/canteens/" + canteen + "/shares?year=2026").jsonPath().getString("canteenName")));
        BigDecimal total = given().auth().oauth2(TestTokens.admin())
                .get("/canteens/" + canteen + "/shares?year=2026")
                .then().statusCode(200)
                .body("canteenName", equalTo("Cantine test"))
                .body("bioPercent", equalTo(10.0f))
                .body("durableAndQualityPercent", equalTo(30.0f))
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).get("total");
        org.junit.jupiter.api.Assertions.assertEquals(new BigDecimal("1.00"), total, "0.10 + 0.20 + 0.70, no float drift");
    }

    @Test
    void aPurchaseEventDeliveredTwiceIsCountedOnce() {
        String canteen = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        String purchase = UUID.randomUUID().toString();
        publishPurchase(event, purchase, canteen, "2026-05-01", "[]", "40.00");
        publishPurchase(event, purchase, canteen, "2026-05-01", "[]", "40.00");
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-05-02", "[]", "2.00");

        awaitPurchaseCount(canteen, 2);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().statusCode(200).body("total", equalTo(42.0f));
    }

    @Test
    void aCorrectionReplacesTheLineAndADeletionRemovesItForGood() {
        String canteen = UUID.randomUUID().toString();
        String purchase = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        publishPurchase(kept, canteen, "2026-03-01", "[]", "100.00");
        publishPurchase(purchase, canteen, "2026-03-02", "[]", "10.00");
        publish(BuyerEventsConsumer.PURCHASE_CORRECTED, purchase, canteen, 2, "[\"BIO\"]", "30.00");
        awaitTotal(canteen, "130.0");
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().body("bio", equalTo(30.0f));

        TestKafka.publish("purchases.events", canteen, """
                {"purchaseId": "%s", "canteenId": "%s", "version": 3, "deletedAt": "2026-05-01T00:00:00Z"}
                """.formatted(purchase, canteen), headers(UUID.randomUUID().toString(), BuyerEventsConsumer.PURCHASE_DELETED));
        awaitTotal(canteen, "100.0");

        // The original recording, replayed late: older than the deletion, it changes nothing.
        publish(BuyerEventsConsumer.PURCHASE_RECORDED, purchase, canteen, 1, "[]", "10.00");
        String marker = UUID.randomUUID().toString();
        publishPurchase(marker, canteen, "2026-03-03", "[]", "1.00");
        awaitTotal(canteen, "101.0");
    }

    @Test
    void aRecordThatCannotBeReadDoesNotStopTheGoodOnesOfItsBatch() {
        String canteen = UUID.randomUUID().toString();
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-04-01", "[]", "5.00");
        TestKafka.publish("purchases.events", canteen, "{\"not\": \"a CloudEvent\"}", Map.of());
        publishPurchase(UUID.randomUUID().toString(), canteen, "2026-04-02", "[]", "7.00");

        awaitPurchaseCount(canteen, 2);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().statusCode(200).body("total", equalTo(12.0f));
    }

    @Test
    void aCanteenNeverHeardOfIsNotFoundAndTheYearIsRequired() {
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + UUID.randomUUID() + "/shares?year=2026")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + UUID.randomUUID() + "/shares")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.producer("x")).get("/canteens/" + UUID.randomUUID() + "/shares?year=2026")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void awaitPurchaseCount(String canteen, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026");
            return response.statusCode() == 200 && response.jsonPath().getInt("purchaseCount") == count;
        });
    }

    private static void awaitTotal(String canteen, String total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026");
            return response.statusCode() == 200 && total.equals(String.valueOf(response.jsonPath().getDouble("total")));
        });
    }

    private static void publish(String type, String purchase, String canteen, int version, String labels, String amount) {
        TestKafka.publish("purchases.events", canteen, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "date": "2026-03-02", "supplierName": "Ferme",
                 "description": "test", "family": "FRUITS_ET_LEGUMES", "labels": %s, "amountExclTax": %s, "local": false}
                """.formatted(purchase, canteen, version, labels, amount), headers(UUID.randomUUID().toString(), type));
    }

    private static void publishCanteen(String canteen) {
        TestKafka.publish("canteens.events", canteen, """
                {"canteenId": "%s", "version": 1, "siret": "21620041000014", "name": "Cantine test", "type": "ECOLE",
                 "postalCode": "62000", "commune": "Arras", "inseeCode": "62041", "departmentCode": "62",
                 "latitude": 50.29, "longitude": 2.77, "mealsPerDay": 100, "registeredAt": "2026-01-01T00:00:00Z"}
                """.formatted(canteen), headers(UUID.randomUUID().toString(), BuyerEventsConsumer.CANTEEN_REGISTERED));
    }

    private static void publishPurchase(String purchase, String canteen, String date, String labels, String amount) {
        publishPurchase(UUID.randomUUID().toString(), purchase, canteen, date, labels, amount);
    }

    private static void publishPurchase(String eventId, String purchase, String canteen, String date, String labels,
                                        String amount) {
        TestKafka.publish("purchases.events", canteen, """
                {"purchaseId": "%s", "canteenId": "%s", "version": 1, "date": "%s", "supplierName": "Ferme",
                 "supplierSiret": null, "description": "test", "family": "FRUITS_ET_LEGUMES", "labels": %s,
                 "amountExclTax": %s, "local": true, "recordedAt": "2026-05-01T00:00:00Z"}
                """.formatted(purchase, canteen, date, labels, amount), headers(eventId, BuyerEventsConsumer.PURCHASE_RECORDED));
    }

    private static Map<String, String> headers(String id, String type) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type,
                "ce_source", "/mutualim/buyer-service", "content-type", "application/json");
    }
}
