package fr.mutualim.supplier.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.chassis.messaging.OutboxRelay;
import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay is dead (switched off) when the supplier is committed; the event waits in the outbox
 * and leaves when a relay runs again. A relay that dies after publishing but before marking the
 * row sent publishes it again with the same ce_id, which consumers skip.
 */
@QuarkusTest
@TestProfile(OutboxRecoveryTest.DeadRelay.class)
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OutboxRecoveryTest {

    public static class DeadRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mutualim.outbox.relay-enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Test
    void anEventCommittedWhileTheRelayIsDeadIsPublishedOnceWhenItRecovers() {
        String id = register();
        assertNull(sentAt(id), "the row waits in the outbox while no relay runs");
        given().get("/q/metrics").then().statusCode(200);

        assertEquals(1, relay.relayPending());

        List<ConsumerRecord<String, String>> records = TestKafka.read(SupplierEvents.TOPIC,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(8));
        assertEquals(1, records.size(), "published exactly once");
        assertTrue(sentAt(id) != null);
        assertEquals(0, relay.relayPending(), "nothing left to publish");
    }

    @Test
    void aRelayThatDiesBeforeMarkingTheRowSentRepublishesItWithTheSameEventId() {
        String id = register();
        relay.relayPending();
        // The process died after the broker's acknowledgement and before its commit: the row is
        // still unsent in the database.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set sent_at = null where aggregate_id = ?1").setParameter(1, id).executeUpdate());

        assertEquals(1, relay.relayPending());

        List<ConsumerRecord<String, String>> records = TestKafka.read(SupplierEvents.TOPIC,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        assertEquals(TestKafka.header(records.get(0), "ce_id"), TestKafka.header(records.get(1), "ce_id"));
    }

    private String register() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(fr.mutualim.supplier.api.TestSuppliers.registration(fr.mutualim.supplier.api.TestSuppliers.newSiret()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

    private Object sentAt(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select sent_at from outbox_event where aggregate_id = ?1").setParameter(1, aggregateId).getSingleResult());
    }
}
