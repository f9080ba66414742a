package fr.mutualim.supplier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class CertificationResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    static String certificate(String type, LocalDate from, LocalDate until, String families, String prefixes) {
        return """
                {"type": "%s", "certifier": "Ecocert", "certificateNumber": "62/123456",
                 "validFrom": "%s", "validUntil": "%s", "scope": {"families": %s, "cpvPrefixes": %s}}
                """.formatted(type, from, until, families, prefixes);
    }

    static String add(String supplier, String body) {
        return given().auth().oauth2(TestTokens.producer(supplier)).contentType("application/json").body(body)
                .post("/suppliers/" + supplier + "/certifications")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void addingACertificateIsAnnouncedWithItsWholeState() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String id = add(farm, certificate("BIO", TODAY.minusDays(10), TODAY.plusYears(1), "[\"FRUITS_ET_LEGUMES\"]", "[]"));

        given().auth().oauth2(TestTokens.buyer()).get("/suppliers/" + farm + "/certifications")
                .then().statusCode(200).body("[0].id", equalTo(id)).body("[0].valid", equalTo(true))
                .body("[0].egalimLabel", equalTo("BIO"));
        var events = TestKafka.read("suppliers.events", r -> farm.equals(r.key())
                && "fr.mutualim.supplier.certification-added.v1".equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals("suppliers/" + farm + "/certifications/" + id, TestKafka.header(events.get(0), "ce_subject"));
        JsonPath data = JsonPath.from(events.get(0).value());
        assertEquals(List.of("FRUITS_ET_LEGUMES"), data.getList("scopeFamilies"));
        assertEquals(TODAY.plusYears(1).toString(), data.getString("validUntil"));
    }

    @Test
    void aRevokedCertificateStopsCountingFromItsRevocationDayAndCannotBeRevokedTwice() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String id = add(farm, certificate("HVE", TODAY.minusDays(10), TODAY.plusYears(1), "[]", "[\"0322\"]"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body("{\"from\": \"" + TODAY + "\", \"reason\": \"withdrawn by the certifier\"}")
                .post("/suppliers/" + farm + "/certifications/" + id + "/revocation")
                .then().statusCode(200).body("valid", equalTo(false)).body("revokedOn", equalTo(TODAY.toString()));
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm + "/certifications?at=" + TODAY.minusDays(1))
                .then().body("[0].valid", equalTo(true));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body("{\"reason\": \"again\"}")
                .post("/suppliers/" + farm + "/certifications/" + id + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, TestKafka.read("suppliers.events", r -> farm.equals(r.key())
                && "fr.mutualim.supplier.certification-revoked.v1".equals(TestKafka.header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).size());
    }

    @Test
    void invalidCertificatesAreRefusedWithTheFieldAtFault() {
        String farm = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(certificate("BIO", TODAY, TODAY.minusDays(1), "[\"AUTRES\"]", "[]"))
                .post("/suppliers/" + farm + "/certifications")
                .then().statusCode(400).body("errors[0].field", equalTo("validUntil"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(certificate("BIO", TODAY, TODAY.plusDays(1), "[]", "[]"))
                .post("/suppliers/" + farm + "/certifications")
                .then().statusCode(400).body("errors[0].field", equalTo("scope"));
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(certificate("BIO", TODAY, TODAY.plusDays(1), "[]", "[\"3\"]"))
                .post("/suppliers/" + farm + "/certifications")
                .then().statusCode(400).body("errors[0].field", equalTo("scope.cpvPrefixes[]"));
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm + "/certifications")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyTheSuppliersOwnManagersAddCertificates() {
        String farm = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.producer(TestSuppliers.register("PRODUCER", null))).contentType("application/json")
                .body(certificate("BIO", TODAY, TODAY.plusDays(1), "[\"AUTRES\"]", "[]"))
                .post("/suppliers/" + farm + "/certifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(certificate("BIO", TODAY, TODAY.plusDays(1), "[\"AUTRES\"]", "[]"))
                .post("/suppliers/" + farm + "/certifications")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm + "/certifications")
                .then().body("size()", equalTo(0));
    }

    @Test
    void renewalRemindersListCertificatesEndingWithinTheWindowOnly() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String soon = add(farm, certificate("LABEL_ROUGE", TODAY.minusYears(1), TODAY.plusDays(20), "[\"VIANDES_VOLAILLES\"]", "[]"));
        String later = add(farm, certificate("BIO", TODAY.minusYears(1), TODAY.plusDays(200), "[\"VIANDES_VOLAILLES\"]", "[]"));
        given().auth().oauth2(TestTokens.operator()).get("/certifications/expiring?withinDays=30")
                .then().statusCode(200).body("id", hasItem(soon)).body("id", not(hasItem(later)));
        given().auth().oauth2(TestTokens.producer(farm)).get("/certifications/expiring")
                .then().statusCode(403);
    }
}
