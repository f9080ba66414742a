package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.canteenEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.group;
import static fr.mutualim.buyer.api.BuyerFixtures.nextSiret;
import static fr.mutualim.buyer.api.BuyerFixtures.putGroup;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A canteen's profile: service days, management mode, central kitchen, territory, and its replacement. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class CanteenProfileTest {

    @Test
    void aCanteenRegisteredWithoutTheNewFieldsGetsTheDefaultsOfItsTypeAndItsTerritory() {
        String id = register(profile(nextSiret(), "EHPAD", "974", null, null, null));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + id).then().statusCode(200)
                .body("serviceDaysPerYear", equalTo(365)).body("managementMode", equalTo("DIRECT"))
                .body("centralKitchenId", nullValue()).body("territory", equalTo("LA_REUNION"))
                .body("version", equalTo(1));

        JsonPath registered = data(canteenEvents(id, 1).get(0));
        assertEquals(365, registered.getInt("serviceDaysPerYear"));
        assertEquals("DIRECT", registered.getString("managementMode"));
        assertNull(registered.getString("centralKitchenId"));
        assertEquals("LA_REUNION", registered.getString("territory"));
        assertEquals(registered.getString("registeredAt"), registered.getString("updatedAt"));
    }

    @Test
    void aSatelliteNamesItsCentralKitchenAndAReplacementIsAnnouncedAsCanteenUpdated() {
        String kitchen = register(profile(nextSiret(), "CUISINE_CENTRALE", "2A", null, null, null));
        String siret = nextSiret();
        String satellite = register(profile(siret, "ECOLE", "62", 140, "CONTRACTED_OUT", kitchen));

        given().auth().oauth2(TestTokens.buyer(satellite)).contentType(ContentType.JSON)
                .body(profile(siret, "COLLEGE", "976", 180, "DIRECT", null)).put("/canteens/" + satellite)
                .then().statusCode(200).body("version", equalTo(2)).body("type", equalTo("COLLEGE"))
                .body("territory", equalTo("MAYOTTE")).body("serviceDaysPerYear", equalTo(180))
                .body("managementMode", equalTo("DIRECT")).body("centralKitchenId", nullValue());

        List<ConsumerRecord<String, String>> events = canteenEvents(satellite, 2);
        assertEquals(2, events.size());
        JsonPath registered = data(events.get(0));
        assertEquals("fr.mutualim.buyer.canteen-registered.v1", TestKafka.header(events.get(0), "ce_type"));
        assertEquals(kitchen, registered.getString("centralKitchenId"));
        assertEquals("CONTRACTED_OUT", registered.getString("managementMode"));
        assertEquals("METROPOLE", registered.getString("territory"));
        ConsumerRecord<String, String> updated = events.get(1);
        assertEquals("fr.mutualim.buyer.canteen-updated.v1", TestKafka.header(updated, "ce_type"));
        assertEquals("canteens/" + satellite, TestKafka.header(updated, "ce_subject"));
        assertEquals(satellite, updated.key());
        JsonPath data = data(updated);
        assertEquals(2, data.getInt("version"));
        assertEquals(siret, data.getString("siret"));
        assertEquals("COLLEGE", data.getString("type"));
        assertEquals("976", data.getString("departmentCode"));
        assertEquals("MAYOTTE", data.getString("territory"));
        assertEquals(180, data.getInt("serviceDaysPerYear"));
        assertNull(data.getString("centralKitchenId"));
        assertEquals(new BigDecimal("50.291"), data.get("latitude"));
        assertEquals(registered.getString("registeredAt"), data.getString("registeredAt"));
        assertNotEquals(data.getString("registeredAt"), data.getString("updatedAt"));
        assertEquals("2A", data(canteenEvents(kitchen, 1).get(0)).getString("departmentCode"));
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersionAndAnnouncesNothing() {
        String siret = nextSiret();
        String id = register(profile(siret, "ECOLE", "62", 140, "DIRECT", null));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(siret, "ECOLE", "62", 140, "DIRECT", null)).put("/canteens/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(siret, "ECOLE", "62", 150, "DIRECT", null)).put("/canteens/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        assertEquals(List.of(1, 2), canteenEvents(id, 2).stream().map(e -> data(e).getInt("version")).toList());
    }

    @Test
    void theSiretNeverChangesAndACentralKitchenMustBeAnotherCuisineCentrale() {
        String siret = nextSiret();
        String school = register(profile(nextSiret(), "ECOLE", "62", null, null, null));
        String kitchenSiret = nextSiret();
        String kitchen = register(profile(kitchenSiret, "CUISINE_CENTRALE", "62", null, null, null));
        String id = register(profile(siret, "ECOLE", "62", null, null, null));

        rejected(id, profile(nextSiret(), "ECOLE", "62", null, null, null), "siret");
        rejected(id, profile(siret, "ECOLE", "62", null, null, id), "centralKitchenId");
        rejected(id, profile(siret, "ECOLE", "62", null, null, school), "centralKitchenId");
        rejected(id, profile(siret, "ECOLE", "62", null, null, UUID.randomUUID().toString()), "centralKitchenId");
        rejected(id, profile(siret, "ECOLE", "62", 0, null, null), "serviceDaysPerYear");
        rejected(id, profile(siret, "ECOLE", "62", 367, null, null), "serviceDaysPerYear");
        rejected(id, profile(siret, "ECOLE", "62", null, "REGIE", null), "managementMode");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(nextSiret(), "ECOLE", "62", null, null, school)).post("/canteens")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("centralKitchenId"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(siret, "ECOLE", "62", null, null, kitchen)).put("/canteens/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        // The central kitchen cannot stop being one while a satellite names it.
        rejected(kitchen, profile(kitchenSiret, "ECOLE", "62", null, null, null), "type");
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + kitchen)
                .then().statusCode(200).body("type", equalTo("CUISINE_CENTRALE")).body("version", equalTo(1));
    }

    @Test
    void aCentralKitchenNewlyNamedMustBeReachedByTheCallerAndNotBeASatelliteItself() {
        String kitchenSiretOwn = nextSiret();
        String kitchen = register(profile(kitchenSiretOwn, "CUISINE_CENTRALE", "62", null, null, null));
        String siret = nextSiret();
        String school = register(profile(siret, "ECOLE", "62", null, null, null));
        String naming = profile(siret, "ECOLE", "62", null, null, kitchen);

        given().auth().oauth2(TestTokens.buyer(school)).contentType(ContentType.JSON).body(naming)
                .put("/canteens/" + school).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("centralKitchenId"));
        given().auth().oauth2(TestTokens.buyer(school)).contentType(ContentType.JSON)
                .body(profile(nextSiret(), "ECOLE", "62", null, null, UUID.randomUUID().toString()))
                .post("/canteens").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("centralKitchenId"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + school)
                .then().statusCode(200).body("centralKitchenId", nullValue()).body("version", equalTo(1));

        // A buyer of both may name the kitchen, and then change the satellite's profile keeping it.
        given().auth().oauth2(TestTokens.buyer(school, kitchen)).contentType(ContentType.JSON).body(naming)
                .put("/canteens/" + school).then().statusCode(200).body("centralKitchenId", equalTo(kitchen));
        given().auth().oauth2(TestTokens.buyer(school)).contentType(ContentType.JSON)
                .body(profile(siret, "ECOLE", "62", 150, null, kitchen)).put("/canteens/" + school)
                .then().statusCode(200).body("serviceDaysPerYear", equalTo(150));

        String kitchenSiret = nextSiret();
        String satelliteKitchen = register(profile(kitchenSiret, "CUISINE_CENTRALE", "62", null, null, kitchen));
        String refusedSiret = nextSiret();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(refusedSiret, "ECOLE", "62", null, null, satelliteKitchen)).post("/canteens")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("centralKitchenId"))
                .body("errors[0].message", containsString(kitchen));
        // Nothing was stored: the SIRET is still free.
        register(profile(refusedSiret, "ECOLE", "62", null, null, kitchen));

        // A kitchen that serves satellites cannot become a satellite in turn.
        String otherKitchen = register(profile(nextSiret(), "CUISINE_CENTRALE", "62", null, null, null));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(profile(kitchenSiretOwn, "CUISINE_CENTRALE", "62", null, null, otherKitchen)).put("/canteens/" + kitchen)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("centralKitchenId"))
                .body("errors[0].message", equalTo("canteen " + kitchen + " is the central kitchen of 3 satellite "
                        + "canteen(s), so it cannot be a satellite itself"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + kitchen)
                .then().statusCode(200).body("centralKitchenId", nullValue()).body("version", equalTo(1));
    }

    @Test
    void onlyABuyerOfTheCanteenOrAnAdminReplacesItsProfile() {
        String siret = nextSiret();
        String id = register(profile(siret, "ECOLE", "62", null, null, null));
        String other = register(profile(nextSiret(), "ECOLE", "62", null, null, null));
        String groupId = UUID.randomUUID().toString();
        assertEquals(201, putGroup(groupId, group("Artois", "2026-09-01", "2027-08-31", id)));
        String changed = profile(siret, "LYCEE", "62", null, null, null);

        for (String token : List.of(TestTokens.buyer(other), TestTokens.operator(groupId), TestTokens.producer("x"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).put("/canteens/" + id)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + id)
                .then().statusCode(200).body("type", equalTo("ECOLE")).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(changed)
                .put("/canteens/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static void rejected(String id, String body, String field) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).put("/canteens/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://mutualim.fr/problems/validation-error"))
                .body("errors[0].field", equalTo(field));
    }

    private static String register(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/canteens").then().statusCode(201).extract().path("id");
    }

    /** A canteen's profile; null optional values are left out. */
    static String profile(String siret, String type, String department, Integer serviceDays, String mode,
                          String centralKitchen) {
        return """
                {"siret": "%s", "name": "Restaurant scolaire", "type": "%s", "postalCode": "62000",
                 "commune": "Arras", "inseeCode": "62041", "departmentCode": "%s",
                 "latitude": 50.291, "longitude": 2.777, "mealsPerDay": 320%s%s%s}
                """.formatted(siret, type, department,
                serviceDays == null ? "" : ", \"serviceDaysPerYear\": " + serviceDays,
                mode == null ? "" : ", \"managementMode\": \"" + mode + "\"",
                centralKitchen == null ? "" : ", \"centralKitchenId\": \"" + centralKitchen + "\"");
    }
}
