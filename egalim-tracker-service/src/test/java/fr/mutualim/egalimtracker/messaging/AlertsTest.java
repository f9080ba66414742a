package fr.mutualim.egalimtracker.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.egalimtracker.api.Events;
import fr.mutualim.egalimtracker.api.FiguresApiTest;
import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class AlertsTest {

    @Test
    void aCanteenRisingAboveAndFallingBelowATargetIsAnnouncedOnceEachTime() throws Exception {
        String canteen = UUID.randomUUID().toString();
        String bio = UUID.randomUUID().toString();
        Events.registered(canteen, "21620041000055", "62");
        // The first status (not met) is recorded silently.
        Events.purchase(UUID.randomUUID().toString(), canteen, 1, "2026-03-01", "AUTRES", "[]", "80.00", null);
        FiguresApiTest.awaitCount(canteen, 1);
        FiguresApiTest.awaitTerritory(canteen, "METROPOLE"); // the territory gives the first, silent status
        // 20 / 100 = 20.00 %: the bio target is met; durable (20 %) stays under 50 %: no event for it.
        Events.purchase(bio, canteen, 1, "2026-03-02", "AUTRES", "[\"BIO\"]", "20.00", null);
        // Each step is awaited: the events one poll brings are checked together, so a status that flips
        // and flips back within them is no change.
        awaitBioPercent(canteen, "20.0");
        // A correction to 19.99 / 99.99 = 19.99 %: below again.
        Events.purchase(bio, canteen, 2, "2026-03-02", "AUTRES", "[\"BIO\"]", "19.99", null);
        awaitBioPercent(canteen, "19.99");
        // The same correction delivered again changes nothing.
        Events.purchase(bio, canteen, 2, "2026-03-02", "AUTRES", "[\"BIO\"]", "19.99", null);

        List<ConsumerRecord<String, String>> alerts = TestKafka.read("egalim.alerts", r -> canteen.equals(r.key()), 3,
                Duration.ofSeconds(20));
        assertEquals(2, alerts.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode rose = json.readTree(alerts.get(0).value());
        JsonNode fell = json.readTree(alerts.get(1).value());
        assertEquals(EgalimEvents.TARGET_STATUS_CHANGED, TestKafka.header(alerts.get(0), "ce_type"));
        assertEquals("canteens/" + canteen + "/shares/2026", TestKafka.header(alerts.get(0), "ce_subject"));
        assertEquals("BIO", rose.get("target").asText());
        assertTrue(alerts.get(0).value().contains("\"sharePercent\":20.00"), "an exact decimal: " + alerts.get(0).value());
        assertEquals(true, rose.get("met").asBoolean());
        assertEquals(false, rose.get("previousMet").asBoolean());
        assertEquals("METROPOLE", rose.get("territory").asText());
        assertEquals("19.99", fell.get("sharePercent").asText());
        assertEquals(false, fell.get("met").asBoolean());
        assertEquals(true, fell.get("previousMet").asBoolean());
        assertEquals(2026, fell.get("year").asInt());
    }

    private static void awaitBioPercent(String canteen, String percent) {
        await().atMost(Duration.ofSeconds(30)).until(() -> percent.equals(String.valueOf(given().auth()
                .oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026").jsonPath()
                .getDouble("bioPercent"))));
    }
}
