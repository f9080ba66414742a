package fr.mutualim.lotplanner.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import fr.mutualim.lotplanner.support.PlannerEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class BuyerEventsConsumerTest {

    @Inject
    EntityManager em;

    @Test
    void aSubmittedCampaignIsReadableWholeByTheOperatorsOfItsGroup() {
        UUID group = UUID.randomUUID();
        var campaign = PlannerEvents.campaign(group, "Denrées 2027")
                .site(UUID.randomUUID(), "Collège Jean Moulin", 50.29, 2.77)
                .line("Pommes", "03222321-9", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "KG", 1.40, 1200, null);
        campaign.submit(1);

        String operator = TestTokens.operator(group.toString());
        awaitVersion(campaign.id(), operator, 1);
        given().auth().oauth2(operator).get("/demand-campaigns/" + campaign.id())
                .then().statusCode(200)
                .body("name", equalTo("Denrées 2027"))
                .body("lines[0].cpvCode", equalTo("03222321-9"))
                .body("lines[0].category.code", equalTo("FRUITS_LEGUMES_FRAIS"))
                .body("lines[0].quantities[0].quantityPerYear", equalTo(1200))
                .body("sites[0].name", equalTo("Collège Jean Moulin"));
        given().auth().oauth2(operator).get("/demand-campaigns")
                .then().statusCode(200).body("items.id", hasItem(campaign.id().toString()));
    }

    @Test
    void aRevisionReplacesTheCampaignAndALateOlderVersionDoesNot() {
        UUID group = UUID.randomUUID();
        var campaign = PlannerEvents.campaign(group, "Révision")
                .site(UUID.randomUUID(), "École A", 50.3, 2.8)
                .line("Yaourt", "15551300-8", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "PIECE", 0.30, 5000, null);
        campaign.submit(2);
        String operator = TestTokens.operator(group.toString());
        awaitVersion(campaign.id(), operator, 2);

        campaign.submit(1);
        campaign.submit(3);
        awaitVersion(campaign.id(), operator, 3);
    }

    @Test
    void anotherGroupsOperatorIsRefusedAndDoesNotSeeTheCampaignListed() {
        UUID group = UUID.randomUUID();
        var campaign = PlannerEvents.campaign(group, "Confidentiel")
                .site(UUID.randomUUID(), "École B", 50.3, 2.8)
                .line("Pain", "15811100-7", "BOULANGERIE", "BOULANGERIE", "KG", 3.20, 900, null);
        campaign.submit(1);
        awaitVersion(campaign.id(), TestTokens.admin(), 1);

        String stranger = TestTokens.operator(UUID.randomUUID().toString());
        given().auth().oauth2(stranger).get("/demand-campaigns/" + campaign.id())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/demand-campaigns")
                .then().statusCode(200).body("items.id", not(hasItem(campaign.id().toString())));
        given().auth().oauth2(TestTokens.producer(UUID.randomUUID().toString())).get("/demand-campaigns")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPurchaseRecordThatIsNotACloudEventIsSetAsideAndTheCanteensLaterPurchasesStillCount() {
        UUID canteen = UUID.randomUUID();
        String marker = "not an event " + UUID.randomUUID();
        TestKafka.publish("purchases.events", canteen.toString(), "{" + marker, Map.of());
        UUID purchase = UUID.randomUUID();
        String event = PlannerEvents.purchase(purchase, canteen, 1, "2026-10-05", "12.50", List.of("BIO", "LOCAL"));

        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from consumed_event where event_id = ?1").setParameter(1, event)
                        .getSingleResult()).toString().equals("1"));
        Object[] line = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select amount_excl_tax, bio, durable_and_quality, deleted from known_purchase where id = ?1")
                .setParameter(1, purchase).getSingleResult());
        assertEquals(List.of(new BigDecimal("12.50"), true, true, false), List.of(line));
        var dead = TestKafka.read("lot-planner-service.dead-letters", r -> r.value().contains(marker), 1,
                Duration.ofSeconds(30));
        assertEquals(canteen.toString(), dead.get(0).key());
    }

    private static void awaitVersion(UUID campaignId, String token, int version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(token).get("/demand-campaigns/" + campaignId);
            return response.statusCode() == 200 && response.jsonPath().getInt("version") == version;
        });
    }
}
