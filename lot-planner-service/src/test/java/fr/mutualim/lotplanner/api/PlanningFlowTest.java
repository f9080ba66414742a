package fr.mutualim.lotplanner.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import fr.mutualim.lotplanner.support.PlannerEvents;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small Artois purchasing group: three apple growers and two dairy farms near the sites, and one
 * distant wholesaler who alone offers vegetables and cheese. One lot per category lets only the
 * wholesaler answer; splitting by product gives the producers lots of their own.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PlanningFlowTest {

    private static final List<Integer> ALL_YEAR = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    private static final String PLAN_REQUEST = """
            {"launchDate": "2026-12-01", "contractStart": "2027-03-01", "durationMonths": 48}""";

    private static UUID group;
    private static UUID campaign;
    private static UUID appleGrower;
    private static UUID wholesaler;

    @BeforeEach
    void registerTheGroupsSuppliersAndCampaignOnce() {
        if (campaign != null) {
            return;
        }
        group = UUID.randomUUID();
        PlannerEvents.group(group, 1, "Groupement Artois");
        for (int i = 0; i < 3; i++) {
            UUID grower = producer("Verger " + i, 50.30 + i * 0.02, 2.70, "03222321-9", "FRUITS_ET_LEGUMES", "KG", 20_000);
            appleGrower = grower;
        }
        for (int i = 0; i < 2; i++) {
            producer("Laiterie " + i, 50.25, 2.80 + i * 0.02, "15551300-8", "PRODUITS_LAITIERS", "PIECE", 100_000);
        }
        wholesaler = UUID.randomUUID();
        PlannerEvents.supplier(wholesaler, 1, "Grossiste national", "WHOLESALER", 48.85, 2.35, 400, 2);
        PlannerEvents.offer(wholesaler, UUID.randomUUID(), 1, "ACTIVE", "03220000-9", "FRUITS_ET_LEGUMES", "KG",
                1_000_000, ALL_YEAR);
        PlannerEvents.offer(wholesaler, UUID.randomUUID(), 1, "ACTIVE", "15500000-3", "PRODUITS_LAITIERS", "PIECE",
                1_000_000, ALL_YEAR);
        PlannerEvents.offer(wholesaler, UUID.randomUUID(), 1, "ACTIVE", "15540000-5", "PRODUITS_LAITIERS", "KG",
                1_000_000, ALL_YEAR);
        PlannerEvents.supplier(wholesaler, 2, "Grossiste national", "WHOLESALER", 48.85, 2.35, 400, 2);

        var builder = PlannerEvents.campaign(group, "Denrées 2027-2031")
                .site(UUID.randomUUID(), "Collège Arras", 50.29, 2.78)
                .site(UUID.randomUUID(), "Collège Béthune", 50.53, 2.64)
                .site(UUID.randomUUID(), "Collège Lens", 50.43, 2.83)
                .line("Pommes", "03222321-9", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "KG", 1.60, 1_500, null)
                .line("Légumes de saison", "03221000-6", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "KG", 1.90, 1_000,
                        null)
                .line("Yaourt nature", "15551300-8", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "PIECE", 0.35, 20_000,
                        null)
                .line("Fromage", "15540000-5", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "KG", 9.50, 300, null);
        builder.submit(1);
        campaign = builder.id();

        String operator = operator();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().auth().oauth2(operator).get("/demand-campaigns/" + campaign).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + wholesaler).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + wholesaler).jsonPath().getInt("version") == 2);
    }

    @Test
    void thePlanGivesProducersLotsOfTheirOwnWhereTheBaselineGivesThemNone() {
        JsonPath plan = propose().then().statusCode(201)
                .header("Location", startsWith("http")).extract().jsonPath();

        assertEquals(0, new BigDecimal(plan.getString("summary.baseline.shareWithKLocal")).signum(),
                "one lot per category: only the wholesaler can serve each");
        assertTrue(new BigDecimal(plan.getString("summary.shareWithKLocal")).compareTo(new BigDecimal("50")) > 0,
                "apples and yoghurt, most of the value, are in lots with at least two local producers");
        List<Map<String, Object>> lots = plan.getList("lots");
        assertTrue(lots.size() >= 4, "apples, vegetables, yoghurt and cheese are in separate lots");
        BigDecimal sum = lots.stream().map(l -> new BigDecimal(l.get("annualValue").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal(plan.getString("summary.annualValue"))));
        Set<String> categoriesPerLot = new HashSet<>();
        lots.forEach(l -> categoriesPerLot.add(l.get("id") + ":" + l.get("categoryCode")));
        assertEquals(lots.size(), categoriesPerLot.size());
        assertTrue(plan.getList("lots.eligible.supplierId.flatten()").contains(appleGrower.toString()));
    }

    @Test
    void theOcdsExportHasOneLotPerPlanLotAndItemsClassifiedByCpvPointingToThem() {
        String planId = propose().then().statusCode(201).extract().path("id");
        JsonPath ocds = given().auth().oauth2(operator()).get("/plans/" + planId + "/ocds")
                .then().statusCode(200).extract().jsonPath();

        assertEquals("1.1", ocds.getString("version"));
        assertEquals("ocds-mutualim-" + campaign, ocds.getString("releases[0].ocid"));
        List<String> lotIds = ocds.getList("releases[0].tender.lots.id");
        assertFalse(lotIds.isEmpty());
        List<Map<String, Object>> items = ocds.getList("releases[0].tender.items");
        assertEquals(4, items.stream().map(i -> ((Map<?, ?>) i.get("classification")).get("id")).distinct().count());
        items.forEach(item -> {
            assertTrue(lotIds.contains(item.get("relatedLot")), "every item belongs to a lot of the tender");
            assertEquals("CPV", ((Map<?, ?>) item.get("classification")).get("scheme"));
        });
        given().auth().oauth2(operator()).get("/plans/" + planId + "/lots.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("\uFEFFlot_id;lot_title;"));
    }

    @Test
    void publishingAnnouncesThePlanOnceAndEligibleProducersSeeTheirOpportunities() {
        String planId = propose().then().statusCode(201).extract().path("id");

        given().auth().oauth2(operator()).post("/plans/" + planId + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(operator()).post("/plans/" + planId + "/publication")
                .then().statusCode(409).contentType("application/problem+json");

        var records = TestKafka.read("plans.events", r -> r.value().contains(planId), 1, Duration.ofSeconds(30));
        var record = records.get(0);
        assertEquals(campaign.toString(), record.key());
        assertEquals("fr.mutualim.lotplanner.lot-plan-published.v1", TestKafka.header(record, "ce_type"));
        assertEquals("/mutualim/lot-planner-service", TestKafka.header(record, "ce_source"));

        given().auth().oauth2(TestTokens.producer(appleGrower.toString()))
                .get("/suppliers/" + appleGrower + "/opportunities")
                .then().statusCode(200).body("items.planId", hasItem(planId)).body("items.mode", hasItem("ALONE"));
        given().auth().oauth2(TestTokens.producer(UUID.randomUUID().toString()))
                .get("/suppliers/" + appleGrower + "/opportunities")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void twoBeekeepersWhoEachReachOneSiteAreProposedAJointBidAndSeeItAsAJointOpportunity() {
        UUID honeyGroup = UUID.randomUUID();
        UUID arras = UUID.randomUUID();
        UUID calais = UUID.randomUUID();
        PlannerEvents.supplier(arras, 1, "Rucher d'Arras", "PRODUCER", 50.30, 2.76, 30, 0);
        PlannerEvents.offer(arras, UUID.randomUUID(), 1, "ACTIVE", "15831600-8", "AUTRES", "KG", 2_000, ALL_YEAR);
        PlannerEvents.supplier(arras, 2, "Rucher d'Arras", "PRODUCER", 50.30, 2.76, 30, 0);
        PlannerEvents.supplier(calais, 1, "Rucher du Calaisis", "PRODUCER", 50.94, 1.87, 30, 0);
        PlannerEvents.offer(calais, UUID.randomUUID(), 1, "ACTIVE", "15831600-8", "AUTRES", "KG", 2_000, ALL_YEAR);
        PlannerEvents.supplier(calais, 2, "Rucher du Calaisis", "PRODUCER", 50.94, 1.87, 30, 0);
        var honey = PlannerEvents.campaign(honeyGroup, "Miel")
                .site(UUID.randomUUID(), "École d'Arras", 50.29, 2.78)
                .site(UUID.randomUUID(), "École de Calais", 50.95, 1.86)
                .line("Miel", "15831600-8", "AUTRES", "EPICERIE", "KG", 12.00, 60, null);
        honey.submit(1);
        String operator = TestTokens.operator(honeyGroup.toString());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().auth().oauth2(operator).get("/demand-campaigns/" + honey.id()).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + calais).statusCode() == 200
                        && given().auth().oauth2(operator).get("/suppliers/" + calais).jsonPath().getInt("version") == 2
                        && given().auth().oauth2(operator).get("/suppliers/" + arras).jsonPath().getInt("version") == 2);

        JsonPath plan = given().auth().oauth2(operator).contentType("application/json").body(PLAN_REQUEST)
                .post("/demand-campaigns/" + honey.id() + "/plans").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(List.of(arras.toString(), calais.toString())).stream().map(Set::copyOf).toList(),
                plan.getList("lots[0].jointBids.supplierIds", List.class).stream().map(Set::copyOf).toList());
        given().auth().oauth2(operator).post("/plans/" + plan.getString("id") + "/publication").then().statusCode(200);

        given().auth().oauth2(TestTokens.producer(arras.toString())).get("/suppliers/" + arras + "/opportunities")
                .then().statusCode(200).body("items[0].mode", equalTo("JOINT"))
                .body("items[0].partnerIds", equalTo(List.of(calais.toString())));
    }

    @Test
    void onlyAnOperatorOfTheGroupPlansAndARefusedRequestStoresNothing() {
        int before = plansOfCampaign();
        given().auth().oauth2(TestTokens.operator(UUID.randomUUID().toString())).contentType("application/json")
                .body(PLAN_REQUEST).post("/demand-campaigns/" + campaign + "/plans")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.producer(appleGrower.toString())).contentType("application/json")
                .body(PLAN_REQUEST).post("/demand-campaigns/" + campaign + "/plans")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, plansOfCampaign());
    }

    @Test
    void invalidParametersAreNamedAndNothingIsPlanned() {
        int before = plansOfCampaign();
        given().auth().oauth2(operator()).contentType("application/json")
                .body("""
                        {"launchDate": "2027-03-01", "contractStart": "2027-01-01"}""")
                .post("/demand-campaigns/" + campaign + "/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contractStart"));
        given().auth().oauth2(operator()).contentType("application/json")
                .body("""
                        {"contractStart": "2027-01-01", "minLocalSuppliers": 0}""")
                .post("/demand-campaigns/" + campaign + "/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("launchDate"))
                .body("errors.field", hasItem("minLocalSuppliers"));
        given().auth().oauth2(operator()).contentType("application/json").body(PLAN_REQUEST)
                .post("/demand-campaigns/" + UUID.randomUUID() + "/plans")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, plansOfCampaign());
    }

    private static UUID producer(String name, double latitude, double longitude, String cpv, String family, String unit,
                                 long capacity) {
        UUID id = UUID.randomUUID();
        PlannerEvents.supplier(id, 1, name, "PRODUCER", latitude, longitude, 60, 0);
        PlannerEvents.offer(id, UUID.randomUUID(), 1, "ACTIVE", cpv, family, unit, capacity, ALL_YEAR);
        return id;
    }

    private static io.restassured.response.Response propose() {
        return given().auth().oauth2(operator()).contentType("application/json").body(PLAN_REQUEST)
                .post("/demand-campaigns/" + campaign + "/plans");
    }

    private static int plansOfCampaign() {
        return given().auth().oauth2(TestTokens.admin()).get("/demand-campaigns/" + campaign + "/plans")
                .then().statusCode(200).extract().path("totalItems");
    }

    private static String operator() {
        return TestTokens.operator(group.toString());
    }
}
