package fr.mutualim.supplier.api;

import static fr.mutualim.supplier.api.CertificationResourceTest.TODAY;
import static fr.mutualim.supplier.api.CertificationResourceTest.certificate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OfferResourceTest {

    static String offer(String cpv, String months) {
        return """
                {"productLabel": "Pommes Golden", "cpvCode": "%s", "family": "FRUITS_ET_LEGUMES", "unit": "KG",
                 "annualCapacity": 12000, "months": %s, "monthlyCapacity": 2000, "unitPriceExclTax": 1.35,
                 "processingLevel": 1, "deliveryDays": ["TUESDAY", "FRIDAY"]}
                """.formatted(cpv, months);
    }

    static String publish(String supplier, String body) {
        return given().auth().oauth2(TestTokens.producer(supplier)).contentType("application/json").body(body)
                .post("/suppliers/" + supplier + "/offers").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOffersLabelsComeFromTheCertificatesValidOnTheDateAsked() {
        String farm = TestSuppliers.register("PRODUCER", null);
        CertificationResourceTest.add(farm, certificate("BIO", TODAY.minusDays(5), TODAY.plusDays(30),
                "[\"FRUITS_ET_LEGUMES\"]", "[]"));
        CertificationResourceTest.add(farm, certificate("MSC", TODAY.minusDays(5), TODAY.plusDays(30), "[]", "[\"03\"]"));
        String id = publish(farm, offer("03222321-9", "[9, 10, 11]"));

        given().auth().oauth2(TestTokens.buyer()).get("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(200).body("labels.egalim", equalTo(List.of("BIO")))
                .body("labels.otherMarks", equalTo(List.of("MSC")));
        given().auth().oauth2(TestTokens.buyer()).get("/suppliers/" + farm + "/offers/" + id + "?at=" + TODAY.plusDays(31))
                .then().statusCode(200).body("labels.egalim", equalTo(List.of()));
    }

    @Test
    void publishingUpdatingAndWithdrawingAreAnnouncedInOrderAndWithdrawnOffersAreKept() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String id = publish(farm, offer("03222321-9", "[9, 10, 11]"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(offer("03222321-9", "[9, 10, 11, 12]")).put("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("months", equalTo(List.of(9, 10, 11, 12)));
        given().auth().oauth2(TestTokens.producer(farm)).delete("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.producer(farm)).delete("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + farm + "/offers")
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + farm + "/offers?includeWithdrawn=true")
                .then().statusCode(200).body("id", hasItem(id));

        var events = TestKafka.read("suppliers.events", r -> farm.equals(r.key())
                && TestKafka.header(r, "ce_type").startsWith("fr.mutualim.supplier.offer-"), 3, Duration.ofSeconds(30));
        assertEquals(List.of("fr.mutualim.supplier.offer-published.v1", "fr.mutualim.supplier.offer-updated.v1",
                "fr.mutualim.supplier.offer-withdrawn.v1"), events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        JsonPath withdrawn = JsonPath.from(events.get(2).value());
        assertEquals(3, withdrawn.getInt("version"));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(List.of(9, 10, 11, 12), withdrawn.getList("months"));
    }

    @Test
    void invalidOffersNameTheirFaultyFields() {
        String farm = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(offer("0322232-9", "[9]")).post("/suppliers/" + farm + "/offers")
                .then().statusCode(400).body("errors[0].field", equalTo("cpvCode"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(offer("03222321-9", "[13]")).post("/suppliers/" + farm + "/offers")
                .then().statusCode(400).body("errors[0].field", equalTo("months[]"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(offer("03222321-9", "[]")).post("/suppliers/" + farm + "/offers")
                .then().statusCode(400).body("errors[0].field", equalTo("months"));
    }

    @Test
    void anotherProducersOffersAreOutOfReach() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String id = publish(farm, offer("03222321-9", "[9]"));
        String intruder = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.producer(intruder)).contentType("application/json")
                .body(offer("03222321-9", "[9]")).post("/suppliers/" + farm + "/offers").then().statusCode(403);
        given().auth().oauth2(TestTokens.producer(intruder)).delete("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.producer(farm)).get("/suppliers/" + farm + "/offers/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.producer(farm)).get("/suppliers/" + intruder + "/offers/" + id)
                .then().statusCode(404);
    }
}
