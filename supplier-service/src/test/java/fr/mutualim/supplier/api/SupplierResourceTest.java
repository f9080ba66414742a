package fr.mutualim.supplier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class SupplierResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void registeringASupplierAnswersCreatedAndAnnouncesItOnKafka() {
        String siret = TestSuppliers.newSiret();
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(siret))
                .when().post("/suppliers")
                .then().statusCode(201)
                .header("Location", containsString("/suppliers/"))
                .body("siret", equalTo(siret))
                .body("address.inseeCode", equalTo("62040"))
                .body("version", equalTo(1))
                .extract().path("id");

        given().auth().oauth2(TestTokens.buyer()).when().get("/suppliers/" + id)
                .then().statusCode(200).body("legalName", equalTo("GAEC des Trois Vallées"));

        List<ConsumerRecord<String, String>> events = TestKafka.read("suppliers.events",
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        ConsumerRecord<String, String> event = events.get(0);
        assertEquals("fr.mutualim.supplier.supplier-registered.v1", TestKafka.header(event, "ce_type"));
        assertEquals("1.0", TestKafka.header(event, "ce_specversion"));
        assertEquals("/mutualim/supplier-service", TestKafka.header(event, "ce_source"));
        assertEquals("suppliers/" + id, TestKafka.header(event, "ce_subject"));
        assertEquals(siret, io.restassured.path.json.JsonPath.from(event.value()).getString("siret"));
    }

    @Test
    void aSecondRegistrationOfTheSameSiretIsAConflictNamingTheExistingSupplier() {
        String siret = TestSuppliers.newSiret();
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(siret)).post("/suppliers")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(siret)).post("/suppliers")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("existingSupplierId", equalTo(id))
                .body("detail", containsString(siret));
    }

    @Test
    void malformedJsonIsABadRequestProblemSayingWhere() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"siret\": \"73282932000074\",").post("/suppliers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://mutualim.fr/problems/malformed-request"))
                .body("detail", containsString("line 1"))
                .body("detail", not(containsString("at com.")));
    }

    @Test
    void missingAndInvalidFieldsAreListedWithTheirPaths() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"siret": "73282932000075", "kind": "PRODUCER", "deliveryRadiusKm": 80,
                         "address": {"postalCode": "6250", "commune": "Arques", "inseeCode": "62040",
                                     "latitude": 50.7, "longitude": 2.3}}
                        """).post("/suppliers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("legalName"))
                .body("errors.field", hasItem("address.postalCode"))
                .body("errors.find { it.field == 'siret' }.message", equalTo("fails the Luhn check"));
    }

    @Test
    void fieldsOfTheWrongTypeOrUnknownFieldsAreNamed() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(TestSuppliers.newSiret()).replace("\"kind\": \"PRODUCER\"", "\"kind\": \"FARMER\""))
                .post("/suppliers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("COOPERATIVE"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(TestSuppliers.newSiret()).replace("\"kind\"", "\"sort\": 1, \"kind\""))
                .post("/suppliers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aNulCharacterIsRejectedNotStored() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(TestSuppliers.newSiret()).replace("GAEC des", "GAEC\\u0000des"))
                .post("/suppliers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("legalName"));
    }

    @Test
    void anUnknownIdAndAMalformedIdAreNotFoundProblems() {
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("00000000-0000-0000-0000-000000000000"));
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("status", equalTo(404));
    }

    @Test
    void requestsWithoutTokenAreUnauthenticatedAndWrongRolesForbidden() {
        given().contentType(ContentType.JSON).body(TestSuppliers.registration(TestSuppliers.newSiret()))
                .post("/suppliers")
                .then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.token").get("/suppliers")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        String forAnotherApplication = TestTokens.token("admin@test", List.of("admin"), Map.of("aud", "another-application"));
        given().auth().oauth2(forAnotherApplication).get("/suppliers")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body(TestSuppliers.registration(TestSuppliers.newSiret())).post("/suppliers")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void pagingOutOfBoundsIsABadRequestAndListsArePaged() {
        given().auth().oauth2(TestTokens.admin()).get("/suppliers?size=0")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.admin()).get("/suppliers?size=201")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get("/suppliers?size=1")
                .then().statusCode(200).body("size", equalTo(1)).body("totalItems", notNullValue());
    }

    @Test
    void healthOpenApiAndMetricsArePublic() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
        given().get("/q/metrics").then().statusCode(200).body(containsString("mutualim_outbox_pending"));
    }
}
