package fr.mutualim.buyer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class CanteenResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final AtomicLong SIRETS = new AtomicLong(21620041000000L + System.nanoTime() % 10_000);

    @Test
    void registeringACanteenAnnouncesItOnCanteensEvents() {
        String id = registerCanteen();
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + id)
                .then().statusCode(200).body("name", equalTo("École Jules Ferry")).body("departmentCode", equalTo("62"));

        List<ConsumerRecord<String, String>> events = TestKafka.read("canteens.events", r -> id.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals("fr.mutualim.buyer.canteen-registered.v1", TestKafka.header(events.get(0), "ce_type"));
        assertEquals("62", JsonPath.from(events.get(0).value()).getString("departmentCode"));
    }

    @Test
    void recordingAPurchaseAnnouncesItKeyedByCanteen() {
        String canteen = registerCanteen();
        String purchase = given().auth().oauth2(TestTokens.buyer(canteen)).contentType(ContentType.JSON)
                .body(purchase("2026-03-14", "[\"LOCAL\", \"BIO\"]", "412.50"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(201).body("labels", equalTo(List.of("BIO", "LOCAL")))
                .extract().path("id");
        given().auth().oauth2(TestTokens.buyer(canteen)).get("/canteens/" + canteen + "/purchases/" + purchase)
                .then().statusCode(200).body("amountExclTax", equalTo(412.5f));
        given().auth().oauth2(TestTokens.buyer(canteen)).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(1));

        List<ConsumerRecord<String, String>> events = TestKafka.read("purchases.events", r -> canteen.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        JsonPath data = JsonPath.from(events.get(0).value())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(purchase, data.getString("purchaseId"));
        assertEquals(new BigDecimal("412.50"), data.get("amountExclTax"), "exact decimal, never a float");
        assertEquals(List.of("BIO", "LOCAL"), data.getList("labels"));
    }

    @Test
    void aPurchaseDatedTomorrowIsRejectedOnItsDateField() {
        String canteen = registerCanteen();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase(LocalDate.now().plusDays(2).toString(), "[]", "10.00"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void unknownLabelsNegativeAmountsAndUnknownCanteensAreProblems() {
        String canteen = registerCanteen();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-14", "[\"BIO\", \"BIOLOGIQUE\"]", "10.00"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("labels[1]"))
                .body("errors[0].message", containsString("LABEL_ROUGE"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-14", "[]", "-3.00"))
                .post("/canteens/" + canteen + "/purchases")
                .then().statusCode(400).body("errors.field", hasItem("amountExclTax"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-14", "[]", "3.00"))
                .post("/canteens/00000000-0000-0000-0000-000000000000/purchases")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void malformedJsonAndMissingFieldsAreBadRequests() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("[}")
                .post("/canteens").then().statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .post("/canteens").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("siret")).body("errors.field", hasItem("mealsPerDay"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .post("/canteens").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void producersCannotRegisterCanteens() {
        given().auth().oauth2(TestTokens.producer("x")).contentType(ContentType.JSON).body(canteen(nextSiret()))
                .post("/canteens").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private static String registerCanteen() {
        return given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(canteen(nextSiret()))
                .post("/canteens").then().statusCode(201).extract().path("id");
    }

    private static String nextSiret() {
        return Long.toString(SIRETS.incrementAndGet());
    }

    private static String canteen(String siret) {
        return """
                {"siret": "%s", "name": "École Jules Ferry", "type": "ECOLE", "postalCode": "62000",
                 "commune": "Arras", "inseeCode": "62041", "departmentCode": "62",
                 "latitude": 50.291, "longitude": 2.777, "mealsPerDay": 320}
                """.formatted(siret);
    }

    private static String purchase(String date, String labels, String amount) {
        return """
                {"date": "%s", "supplierName": "GAEC des Trois Vallées", "supplierSiret": "73282932000074",
                 "description": "Pommes Golden", "family": "FRUITS_ET_LEGUMES", "labels": %s,
                 "amountExclTax": %s, "local": true}
                """.formatted(date, labels, amount);
    }
}
