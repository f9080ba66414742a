package fr.mutualim.lotplanner.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import fr.mutualim.lotplanner.support.PlannerEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The current EGAlim shares of a campaign's delivery sites, from buyer-service's purchase events, beside the
 * projection of the plan: corrections replace, deletions remove (even when they arrive first), duplicates count
 * once, and only the campaign's sites over the 12 months before the launch count.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class CurrentSharesFlowTest {

    private static final List<Integer> ALL_YEAR = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    private static final String PLAN_REQUEST = """
            {"launchDate": "2026-12-01", "contractStart": "2027-03-01", "durationMonths": 48}""";
    /** Amounts read exactly, scale included. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    EntityManager em;

    @Test
    void theCurrentSharesOfTheSitesOver12MonthsBeforeTheLaunchAreShownBesideTheProjectionAndKeptWithThePlan() {
        UUID group = UUID.randomUUID();
        UUID arras = UUID.randomUUID();
        UUID bethune = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID grower = UUID.randomUUID();
        PlannerEvents.supplier(grower, 1, "Verger bio", "PRODUCER", 50.35, 2.70, 60, 0);
        PlannerEvents.offer(grower, UUID.randomUUID(), 1, "ACTIVE", "03222321-9", "FRUITS_ET_LEGUMES", "KG", 20_000,
                ALL_YEAR);
        PlannerEvents.certification(grower, UUID.randomUUID(), "BIO", "2026-01-01", "2030-12-31", null,
                List.of("FRUITS_ET_LEGUMES"));
        PlannerEvents.supplier(grower, 2, "Verger bio", "PRODUCER", 50.35, 2.70, 60, 0);

        List<String> events = new ArrayList<>();
        UUID corrected = UUID.randomUUID();
        events.add(PlannerEvents.purchase(corrected, arras, 1, "2026-06-15", "100.00", List.of("BIO")));
        events.add(PlannerEvents.purchase(corrected, arras, 2, "2026-06-15", "150.00", List.of("BIO", "LABEL_ROUGE")));
        UUID firstDay = UUID.randomUUID();
        events.add(PlannerEvents.purchase(firstDay, arras, 1, "2025-12-01", "200.00", List.of("LABEL_ROUGE")));
        events.add(PlannerEvents.purchase(UUID.randomUUID(), arras, 1, "2026-11-25", "300.00",
                List.of("FRANCE", "CIRCUIT_COURT", "LOCAL")));
        events.add(PlannerEvents.purchase(UUID.randomUUID(), arras, 1, "2025-11-30", "999.99", List.of("BIO")));
        UUID deleted = UUID.randomUUID();
        events.add(PlannerEvents.purchase(deleted, arras, 1, "2026-03-02", "500.00", List.of("BIO")));
        events.add(PlannerEvents.purchaseDeleted(deleted, arras, 2));
        UUID twice = UUID.randomUUID();
        String duplicated = PlannerEvents.purchase(twice, bethune, 1, "2026-01-10", "50.00", List.of("EXTERNALITES"));
        PlannerEvents.purchaseAgain(duplicated, twice, bethune, 1, "2026-01-10", "50.00", List.of("EXTERNALITES"));
        events.add(duplicated); // the events below share its partition: once they are applied, so is the duplicate
        UUID deletedFirst = UUID.randomUUID();
        events.add(PlannerEvents.purchaseDeleted(deletedFirst, bethune, 3));
        events.add(PlannerEvents.purchase(deletedFirst, bethune, 1, "2026-04-01", "800.00", List.of("BIO")));
        events.add(PlannerEvents.purchase(deletedFirst, bethune, 2, "2026-04-01", "810.00", List.of("BIO")));
        events.add(PlannerEvents.purchase(UUID.randomUUID(), elsewhere, 1, "2026-05-05", "10000.00", List.of("BIO")));

        var campaign = PlannerEvents.campaign(group, "Fruits 2027")
                .site(arras, "Collège Arras", 50.29, 2.78)
                .site(bethune, "Collège Béthune", 50.53, 2.64)
                .line("Pommes", "03222321-9", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "KG", 1.60, 1_500, null);
        campaign.submit(1);
        String operator = TestTokens.operator(group.toString());
        awaitConsumed(events);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().auth().oauth2(operator).get("/demand-campaigns/" + campaign.id()).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + grower).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + grower).jsonPath().getInt("version") == 2);

        String planId = plan(operator, campaign.id()).statusCode(201)
                .body("egalim.annualValue", equalTo(new BigDecimal("4800.00")))
                .body("egalim.bioShare", equalTo(new BigDecimal("100.00")))
                .body("egalim.durableAndQualityShare", equalTo(new BigDecimal("100.00")))
                .extract().path("id");
        // Stored with the plan: a purchase recorded afterwards changes a new plan, not this one.
        awaitConsumed(List.of(PlannerEvents.purchase(UUID.randomUUID(), bethune, 1, "2026-11-24", "300.00", List.of())));
        ValidatableResponse stored = given().config(EXACT).auth().oauth2(operator).get("/plans/" + planId).then()
                .statusCode(200);
        expectCurrent(stored, 4, "700.00", "150.00", "400.00", "21.43", "57.14");
        stored.body("warnings", not(hasItem(startsWith("current EGAlim shares"))));
        expectCurrent(plan(operator, campaign.id()).statusCode(201), 5, "1000.00", "150.00", "400.00", "15.00", "40.00");
    }

    @Test
    void sitesWithoutAnyKnownPurchaseHaveNoCurrentSharesAndTheBuyerIsWarned() {
        UUID group = UUID.randomUUID();
        var campaign = PlannerEvents.campaign(group, "Pain 2027")
                .site(UUID.randomUUID(), "École Neuve", 50.30, 2.80)
                .line("Pain", "15811100-7", "BOULANGERIE", "BOULANGERIE", "KG", 3.20, 900, null);
        campaign.submit(1);
        String operator = TestTokens.operator(group.toString());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().auth().oauth2(operator).get("/demand-campaigns/" + campaign.id()).statusCode() == 200);

        plan(operator, campaign.id()).statusCode(201)
                .body("egalim.annualValue", equalTo(new BigDecimal("2880.00")))
                .body("egalim.current.purchaseLines", equalTo(0))
                .body("egalim.current.sitesWithPurchases", equalTo(0))
                .body("egalim.current.total", equalTo(new BigDecimal("0.00")))
                .body("egalim.current.bioShare", nullValue())
                .body("egalim.current.durableAndQualityShare", nullValue())
                .body("warnings", hasItem("current EGAlim shares: no purchase is known for the delivery sites from "
                        + "2025-12-01 to 2026-11-30; only the projection can be read"));
    }

    private static ValidatableResponse plan(String operator, UUID campaignId) {
        return given().config(EXACT).auth().oauth2(operator).contentType("application/json").body(PLAN_REQUEST)
                .post("/demand-campaigns/" + campaignId + "/plans").then();
    }

    private static void expectCurrent(ValidatableResponse plan, int lines, String total, String bio, String durable,
                                      String bioShare, String durableShare) {
        plan.body("egalim.current.from", equalTo("2025-12-01"))
                .body("egalim.current.to", equalTo("2026-11-30"))
                .body("egalim.current.sites", equalTo(2))
                .body("egalim.current.sitesWithPurchases", equalTo(2))
                .body("egalim.current.purchaseLines", equalTo(lines))
                .body("egalim.current.total", equalTo(new BigDecimal(total)))
                .body("egalim.current.bio", equalTo(new BigDecimal(bio)))
                .body("egalim.current.durableAndQuality", equalTo(new BigDecimal(durable)))
                .body("egalim.current.bioShare", equalTo(new BigDecimal(bioShare)))
                .body("egalim.current.durableAndQualityShare", equalTo(new BigDecimal(durableShare)));
    }

    /** Each canteen's events stay in order on one partition, each applied in the transaction that records its id. */
    private void awaitConsumed(List<String> eventIds) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(eventIds.size(),
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from consumed_event where event_id in (:ids)")
                        .setParameter("ids", eventIds).getSingleResult()).intValue())));
    }
}
