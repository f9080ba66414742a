package fr.mutualim.egalimtracker.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.egalimtracker.api.Events;
import fr.mutualim.egalimtracker.api.FiguresApiTest;
import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.domain.Tally;
import fr.mutualim.egalimtracker.domain.TargetBasis;
import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event of a canteen delivered twice, in a shuffled order, through Kafka: the figures are those of the final lines. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ReplayTest {

    private static final String[] FAMILIES = {"VIANDES_VOLAILLES", "PRODUITS_DE_LA_MER", "CHARCUTERIE", "AUTRES"};
    private static final String[][] LABELS = {{}, {"BIO"}, {"LABEL_ROUGE"}, {"FRANCE"}, {"HVE", "BIO"}, {"LOCAL"}};

    @Inject
    EntityManager em;

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

    @Test
    void theTargetSumsKeptPerCanteenAndYearEqualAFullResumOfTheFinalLinesAfterCorrectionsDeletionsAndReplays() {
        Random random = new Random(2026);
        for (int c = 0; c < 3; c++) {
            String canteen = UUID.randomUUID().toString();
            List<Sent> events = new ArrayList<>();
            Map<String, PurchaseAmount> finalLines = new HashMap<>();
            for (int p = 0; p < 12; p++) {
                String purchase = UUID.randomUUID().toString();
                PurchaseAmount state = null;
                for (int version = 1, versions = 1 + random.nextInt(3); version <= versions; version++) {
                    if (version > 1 && version == versions && random.nextInt(3) == 0) {
                        events.add(deletion(purchase, canteen, version));
                        state = null;
                    } else { // New Year's Eve or Day: a correction may move the line to the other year
                        state = new PurchaseAmount(LocalDate.of(2025, 12, 31).plusDays(random.nextInt(2)),
                                Family.valueOf(FAMILIES[random.nextInt(FAMILIES.length)]),
                                Set.of(LABELS[random.nextInt(LABELS.length)]),
                                BigDecimal.valueOf(1 + random.nextInt(100_000), 2), false, null);
                        events.add(purchase(purchase, canteen, version, state));
                    }
                }
                if (state != null) {
                    finalLines.put(purchase, state);
                }
            }
            List<Sent> delivered = new ArrayList<>(events);
            delivered.addAll(events);
            Collections.shuffle(delivered, random);
            delivered.forEach(e -> Events.publish(e.id(), "purchases.events", canteen, e.type(), e.data()));
            PurchaseAmount marker = new PurchaseAmount(LocalDate.of(2026, 6, 1), Family.AUTRES, Set.of(),
                    new BigDecimal("0.01"), false, null);
            String markerId = UUID.randomUUID().toString();
            Events.publish("purchases.events", canteen, BuyerEventsConsumer.PURCHASE_RECORDED,
                    purchase(markerId, canteen, 1, marker).data());
            finalLines.put(markerId, marker);

            // Same key, same partition: once the marker's line is stored, every event before it was applied.
            await().atMost(Duration.ofSeconds(30)).until(() -> stored(markerId));
            for (int year : List.of(2025, 2026)) {
                TargetBasis resummed = Tally.of(finalLines.values()).shares(cell -> cell.year() == year).targetBasis();
                assertSameSums(resummed, kept(canteen, year), canteen + " " + year);
            }
        }
    }

    private boolean stored(String purchase) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from purchase_line where purchase_id = ?1").setParameter(1, UUID.fromString(purchase))
                .getResultList().isEmpty());
    }

    /** The canteen-year's row of canteen_year_total, or nothing bought. */
    private TargetBasis kept(String canteen, int year) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select total, bio,"
                        + " durable_and_quality, meat_and_fish, meat_and_fish_egalim from canteen_year_total"
                        + " where canteen_id = ?1 and year = ?2")
                .setParameter(1, UUID.fromString(canteen)).setParameter(2, year).getResultList());
        if (rows.isEmpty()) {
            return TargetBasis.NONE;
        }
        Object[] r = (Object[]) rows.get(0);
        return new TargetBasis((BigDecimal) r[0], (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3],
                (BigDecimal) r[4]);
    }

    private static void assertSameSums(TargetBasis expected, TargetBasis kept, String where) {
        assertEquals(0, expected.total().compareTo(kept.total()), "total, " + where);
        assertEquals(0, expected.bio().compareTo(kept.bio()), "bio, " + where);
        assertEquals(0, expected.durableAndQuality().compareTo(kept.durableAndQuality()), "durable, " + where);
        assertEquals(0, expected.meatAndFish().compareTo(kept.meatAndFish()), "meat and fish, " + where);
        assertEquals(0, expected.meatAndFishEgalim().compareTo(kept.meatAndFishEgalim()),
                "meat and fish EGAlim, " + where);
    }

    private static Sent purchase(String purchase, String canteen, int version, PurchaseAmount line) {
        String type = version == 1 ? BuyerEventsConsumer.PURCHASE_RECORDED : BuyerEventsConsumer.PURCHASE_CORRECTED;
        String labels = line.labels().isEmpty() ? "[]" : "[\"" + String.join("\", \"", line.labels()) + "\"]";
        return new Sent(UUID.randomUUID().toString(), type, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "date": "%s", "supplierName": "Ferme",
                 "description": "test", "family": "%s", "labels": %s, "amountExclTax": %s, "local": false}
                """.formatted(purchase, canteen, version, line.date(), line.family(), labels,
                line.amountExclTax().toPlainString()));
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
