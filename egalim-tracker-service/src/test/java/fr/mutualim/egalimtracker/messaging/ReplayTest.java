package fr.mutualim.egalimtracker.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.egalimtracker.api.Events;
import fr.mutualim.egalimtracker.api.FiguresApiTest;
import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event of a canteen delivered twice, in a shuffled order, through Kafka: the figures are those of the final lines. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ReplayTest {

    private record Sent(String id, String type, String data) {
    }

    @Test
    void replayingEveryEventTwiceInAShuffledOrderGivesTheFiguresOfTheFinalLines() {
        String canteen = UUID.randomUUID().toString();
        List<Sent> events = new ArrayList<>();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        events.add(purchase(a, canteen, 1, "[]", "10.00"));
        events.add(purchase(a, canteen, 2, "[\"BIO\"]", "40.00"));   // a ends BIO 40.00
        events.add(purchase(b, canteen, 1, "[\"HVE\"]", "25.00"));
        events.add(deletion(b, canteen, 2));                          // b ends deleted
        events.add(purchase(c, canteen, 1, "[\"LABEL_ROUGE\"]", "5.00"));
        events.add(purchase(c, canteen, 2, "[\"FERMIER\"]", "60.00"));
        events.add(purchase(c, canteen, 3, "[]", "60.00"));          // c ends non-EGAlim 60.00
        List<Sent> delivered = new ArrayList<>(events);
        delivered.addAll(events);
        Collections.shuffle(delivered, new Random(5));
        delivered.forEach(e -> Events.publish(e.id(), "purchases.events", canteen, e.type(), e.data()));
        // Same key, same partition: once this marker is counted, every event before it was applied.
        Events.purchase(UUID.randomUUID().toString(), canteen, 1, "2026-12-31", "AUTRES", "[]", "0.01", null);

        FiguresApiTest.awaitCount(canteen, 3);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().statusCode(200)
                .body("total", equalTo(100.01f))
                .body("bio", equalTo(40.0f))
                .body("durableAndQuality", equalTo(40.0f))
                .body("buckets.find { it.bucket == 'HVE' }.amount", equalTo(0.0f))
                .body("buckets.find { it.bucket == 'FERMIER' }.amount", equalTo(0.0f));
    }

    private static Sent purchase(String purchase, String canteen, int version, String labels, String amount) {
        String type = version == 1 ? BuyerEventsConsumer.PURCHASE_RECORDED : BuyerEventsConsumer.PURCHASE_CORRECTED;
        return new Sent(UUID.randomUUID().toString(), type, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "date": "2026-06-15", "supplierName": "Ferme",
                 "description": "test", "family": "FRUITS_ET_LEGUMES", "labels": %s, "amountExclTax": %s, "local": false}
                """.formatted(purchase, canteen, version, labels, amount));
    }

    private static Sent deletion(String purchase, String canteen, int version) {
        return new Sent(UUID.randomUUID().toString(), BuyerEventsConsumer.PURCHASE_DELETED, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "deletedAt": "2026-06-16T00:00:00Z"}
                """.formatted(purchase, canteen, version));
    }
}
