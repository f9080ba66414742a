package fr.mutualim.lotplanner.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class SupplierEventsConsumerTest {

    private static final String TOPIC = "suppliers.events";

    @Inject
    EntityManager em;

    @Test
    void aRegisteredSupplierAppearsInTheReadModel() {
        String supplier = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), supplier, 1, "Ferme du Bocage");

        awaitKnown(supplier, 1);
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + supplier)
                .then().statusCode(200)
                .body("legalName", equalTo("Ferme du Bocage"))
                .body("deliveryRadiusKm", equalTo(60))
                .body("inseeCode", equalTo("62040"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAStaleVersionNeverOverwritesANewerOne() {
        String supplier = UUID.randomUUID().toString();
        String firstEvent = UUID.randomUUID().toString();
        publish(firstEvent, supplier, 2, "Version deux");
        awaitKnown(supplier, 2);

        publish(firstEvent, supplier, 2, "Same event id, delivered again");
        String staleEvent = UUID.randomUUID().toString();
        publish(staleEvent, supplier, 1, "Older version, late");
        // Same key, same partition: once the stale event is recorded, the redelivery before it was handled.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1L, consumedCount(staleEvent)));

        assertEquals(1L, consumedCount(firstEvent));
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + supplier)
                .then().statusCode(200).body("legalName", equalTo("Version deux")).body("version", equalTo(2));
    }

    @Test
    void aRecordThatIsNotACloudEventIsSetAsideAndLaterEventsStillFlow() {
        TestKafka.publish(TOPIC, "garbage", "{not an event", Map.of());
        String supplier = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), supplier, 1, "After the garbage");
        awaitKnown(supplier, 1);
    }

    @Test
    void unknownSuppliersAreNotFoundProblemsAndTheReadModelNeedsAnOperatorToken() {
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.buyer()).get("/suppliers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void publish(String eventId, String supplierId, long version, String name) {
        String data = """
                {"supplierId": "%s", "version": %d, "siret": "73282932000074", "legalName": "%s",
                 "tradeName": null, "kind": "PRODUCER", "deliveryRadiusKm": 60,
                 "location": {"postalCode": "62500", "commune": "Arques", "inseeCode": "62040",
                              "latitude": 50.737, "longitude": 2.305},
                 "registeredAt": "2026-11-26T10:00:00Z", "someFutureField": true}
                """.formatted(supplierId, version, name);
        // Keyed by supplier id, like supplier-service's events, so one supplier's events stay in order.
        TestKafka.publish(TOPIC, supplierId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", SupplierEventsConsumer.SUPPLIER_REGISTERED,
                "ce_source", "/mutualim/supplier-service",
                "ce_time", "2026-11-26T10:00:00Z",
                "content-type", "application/json"));
    }

    private static void awaitKnown(String supplierId, int version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + supplierId);
            return response.statusCode() == 200 && response.jsonPath().getInt("version") == version;
        });
    }

    private long consumedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from consumed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }
}
