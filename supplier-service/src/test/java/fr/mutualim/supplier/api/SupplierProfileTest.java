package fr.mutualim.supplier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class SupplierProfileTest {

    @Test
    void aProducerUpdatesItsOwnProfileAndTheChangeIsAnnounced() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String siret = given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm).path("siret");
        given().auth().oauth2(TestTokens.producer(farm)).contentType("application/json")
                .body(TestSuppliers.registration(siret).replace("\"intermediaries\": 0", "\"intermediaries\": 2"))
                .put("/suppliers/" + farm)
                .then().statusCode(200).body("version", equalTo(2)).body("shortChain", equalTo(false));

        var events = TestKafka.read("suppliers.events",
                r -> farm.equals(r.key()) && "fr.mutualim.supplier.supplier-updated.v1".equals(TestKafka.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        JsonPath data = JsonPath.from(events.get(0).value());
        assertEquals(2, data.getInt("version"));
        assertEquals(2, data.getInt("intermediaries"));
        assertNull(data.get("contact"), "contact details are never published");
    }

    @Test
    void anotherProducerCannotChangeASupplierAndNothingChanges() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String other = TestSuppliers.register("PRODUCER", null);
        String siret = given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm).path("siret");
        given().auth().oauth2(TestTokens.producer(other)).contentType("application/json")
                .body(TestSuppliers.registration(siret).replace("GAEC des Trois Vallées", "Hijacked"))
                .put("/suppliers/" + farm)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + farm)
                .then().body("legalName", equalTo("GAEC des Trois Vallées")).body("version", equalTo(1));
    }

    @Test
    void aCooperativeManagerManagesItsMembers() {
        String cooperative = TestSuppliers.register("COOPERATIVE", null);
        String member = TestSuppliers.register("PRODUCER", cooperative);
        String siret = given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + member).path("siret");
        given().auth().oauth2(TestTokens.producer(cooperative)).contentType("application/json")
                .body(TestSuppliers.registration(siret, "PRODUCER", cooperative).replace("\"deliveryRadiusKm\": 80", "\"deliveryRadiusKm\": 95"))
                .put("/suppliers/" + member)
                .then().statusCode(200).body("deliveryRadiusKm", equalTo(95));
    }

    @Test
    void onlyACooperativeCanHaveMembersAndTheSiretNeverChanges() {
        String producer = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(TestSuppliers.registration(TestSuppliers.newSiret(), "PRODUCER", producer)).post("/suppliers")
                .then().statusCode(400).body("errors[0].field", equalTo("cooperativeId"));
        given().auth().oauth2(TestTokens.producer(producer)).contentType("application/json")
                .body(TestSuppliers.registration(TestSuppliers.newSiret())).put("/suppliers/" + producer)
                .then().statusCode(400).body("errors[0].field", equalTo("siret"));
    }

    @Test
    void contactDetailsAreShownToBuyersAndOperatorsButNotToOtherProducers() {
        String farm = TestSuppliers.register("PRODUCER", null);
        given().auth().oauth2(TestTokens.buyer()).get("/suppliers/" + farm)
                .then().statusCode(200).body("contact.email", equalTo("marie@trois-vallees.fr"));
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + farm)
                .then().statusCode(200).body("contact.name", equalTo("Marie Lefebvre"));
        given().auth().oauth2(TestTokens.producer(farm)).get("/suppliers/" + farm)
                .then().statusCode(200).body("contact.name", equalTo("Marie Lefebvre"));
        given().auth().oauth2(TestTokens.producer(TestSuppliers.register("PRODUCER", null))).get("/suppliers/" + farm)
                .then().statusCode(200).body("contact", nullValue());
    }
}
