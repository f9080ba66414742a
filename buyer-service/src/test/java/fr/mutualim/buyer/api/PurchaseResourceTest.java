package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.purchase;
import static fr.mutualim.buyer.api.BuyerFixtures.purchaseEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.recordPurchase;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PurchaseResourceTest {

    private static final String TOMORROW_PLUS_ONE = LocalDate.now().plusDays(2).toString();

    @Test
    void correctingAPurchaseIncrementsItsVersionAndAnnouncesTheWholeNewLine() {
        String canteen = registerCanteen();
        String purchase = recordPurchase(canteen, "10.00");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-15", "[\"LABEL_ROUGE\"]", "12.30"))
                .put("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(200).body("version", equalTo(2)).body("correctedAt", notNullValue());
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(200).body("amountExclTax", equalTo(12.3f)).body("labels", equalTo(List.of("LABEL_ROUGE")));

        List<ConsumerRecord<String, String>> events = purchaseEvents(canteen, 2);
        assertEquals(2, events.size());
        ConsumerRecord<String, String> corrected = events.get(1);
        assertEquals("fr.mutualim.buyer.purchase-corrected.v1", TestKafka.header(corrected, "ce_type"));
        assertEquals("canteens/" + canteen + "/purchases/" + purchase, TestKafka.header(corrected, "ce_subject"));
        JsonPath data = data(corrected);
        assertEquals(2, data.getInt("version"));
        assertEquals(new BigDecimal("12.30"), data.get("amountExclTax"));
        assertEquals("2026-03-15", data.getString("date"));
        assertEquals(List.of("LABEL_ROUGE"), data.getList("labels"));
        assertEquals("GAEC des Trois Vallées", data.getString("supplierName"));
    }

    @Test
    void deletingAPurchaseRemovesItAndAnnouncesTheNextVersion() {
        String canteen = registerCanteen();
        String purchase = recordPurchase(canteen, "10.00");
        given().auth().oauth2(TestTokens.admin()).delete("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).delete("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(404).contentType(PROBLEM_JSON);

        List<ConsumerRecord<String, String>> events = purchaseEvents(canteen, 2);
        assertEquals(2, events.size());
        assertEquals("fr.mutualim.buyer.purchase-deleted.v1", TestKafka.header(events.get(1), "ce_type"));
        JsonPath data = data(events.get(1));
        assertEquals(purchase, data.getString("purchaseId"));
        assertEquals(canteen, data.getString("canteenId"));
        assertEquals(2, data.getInt("version"));
        assertNull(data.get("amountExclTax"), "a deletion carries ids and version only");
    }

    @Test
    void aPurchaseOfAnotherCanteenCanBeNeitherCorrectedNorDeleted() {
        String canteen = registerCanteen();
        String other = registerCanteen();
        String purchase = recordPurchase(canteen, "10.00");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-15", "[]", "99.00"))
                .put("/canteens/" + other + "/purchases/" + purchase)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).delete("/canteens/" + other + "/purchases/" + purchase)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(200).body("version", equalTo(1)).body("amountExclTax", equalTo(10.0f));
    }

    @Test
    void anInvalidCorrectionLeavesThePurchaseAsItWas() {
        String canteen = registerCanteen();
        String purchase = recordPurchase(canteen, "10.00");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase(TOMORROW_PLUS_ONE, "[]", "11.00"))
                .put("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(200).body("version", equalTo(1)).body("amountExclTax", equalTo(10.0f));
    }

    @Test
    void aKmLocalDefinitionNeedsADistanceAndADistanceNeedsKm() {
        String canteen = registerCanteen();
        String km = """
                {"date": "2026-03-14", "supplierName": "Ferme", "description": "Carottes", "family": "FRUITS_ET_LEGUMES",
                 "labels": ["LOCAL"], "amountExclTax": 5.00, "local": true, "localDefinition": "KM"}
                """;
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(km)
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("localDistanceKm"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(km.replace("\"KM\"", "\"REGION\", \"localDistanceKm\": 50"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(400).body("errors[0].field", equalTo("localDistanceKm"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(km.replace("\"KM\"", "\"KM\", \"localDistanceKm\": 50"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(201).body("localDefinition", equalTo("KM")).body("localDistanceKm", equalTo(50));
    }

    @Test
    void aBatchIsRecordedWholeAndEachLineIsAnnounced() {
        String canteen = registerCanteen();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"lines\": [" + purchase("2026-03-14", "[\"BIO\"]", "1.00") + ","
                        + purchase("2026-03-15", "[]", "2.00") + "]}")
                .post("/canteens/" + canteen + "/purchase-batches")
                .then().statusCode(201).body("count", equalTo(2)).body("purchases[1].amountExclTax", equalTo(2.0f));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(2));
        List<ConsumerRecord<String, String>> events = purchaseEvents(canteen, 2);
        assertEquals(2, events.size());
        assertEquals("fr.mutualim.buyer.purchase-recorded.v1", TestKafka.header(events.get(0), "ce_type"));
    }

    @Test
    void aBatchWithBadLinesRecordsNothingAndNamesEachBadLineByIndex() {
        String canteen = registerCanteen();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"lines\": [" + purchase("2026-03-14", "[]", "1.00") + ","
                        + purchase("2026-03-14", "[]", "-2.00") + ","
                        + purchase("2026-03-14", "[]", "3.00") + ","
                        + purchase("2026-03-14", "[]", "4.00") + "]}")
                .post("/canteens/" + canteen + "/purchase-batches")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("lines[1].amountExclTax"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"lines\": [" + purchase("2026-03-14", "[]", "1.00") + ","
                        + purchase(TOMORROW_PLUS_ONE, "[]", "2.00") + ","
                        + purchase(TOMORROW_PLUS_ONE, "[]", "3.00") + "]}")
                .post("/canteens/" + canteen + "/purchase-batches")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("lines[1].date", "lines[2].date")));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"lines\": []}")
                .post("/canteens/" + canteen + "/purchase-batches")
                .then().statusCode(400).body("errors[0].field", equalTo("lines"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
