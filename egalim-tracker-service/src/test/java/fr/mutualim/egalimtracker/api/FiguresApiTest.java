package fr.mutualim.egalimtracker.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
public class FiguresApiTest {

    @Test
    void anOverseasCanteenIsCheckedAgainstItsTerritorysTargetsDerivedFromItsDepartment() {
        String canteen = UUID.randomUUID().toString();
        Events.registered(canteen, "21971000000013", "971"); // an old event: no territory field
        Events.purchase(id(), canteen, 1, "2026-02-10", "FRUITS_ET_LEGUMES", "[\"BIO\", \"FRANCE\"]", "10.00", "PAT");
        Events.purchase(id(), canteen, 1, "2026-03-10", "VIANDES_VOLAILLES", "[\"LABEL_ROUGE\", \"IGP\"]", "25.00", null);
        Events.purchase(id(), canteen, 1, "2026-03-11", "PRODUITS_DE_LA_MER", "[\"LOCAL\", \"CIRCUIT_COURT\"]", "15.00", "KM");
        Events.purchase(id(), canteen, 1, "2026-03-12", "CHARCUTERIE", "[\"FERMIER\"]", "50.00", null);

        awaitCount(canteen, 4);
        awaitTerritory(canteen, "GUADELOUPE");
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().statusCode(200)
                .body("territory", equalTo("GUADELOUPE"))
                .body("total", equalTo(100.0f))
                .body("bioPercent", equalTo(10.0f))
                .body("durableAndQualityPercent", equalTo(85.0f))
                .body("buckets.find { it.bucket == 'LABEL_ROUGE' }.amount", equalTo(25.0f))
                .body("buckets.find { it.bucket == 'AOCAOP_IGP_STG' }.amount", equalTo(0.0f))
                .body("buckets.find { it.bucket == 'FERMIER' }.amount", equalTo(50.0f))
                .body("meatAndFish.total", equalTo(40.0f))
                .body("meatAndFish.egalim", equalTo(25.0f))
                .body("meatAndFish.percent", equalTo(62.5f))
                .body("local.total", equalTo(25.0f))
                .body("local.byDefinition.KM", equalTo(15.0f))
                .body("originFrance.percent", equalTo(10.0f))
                .body("targets", hasSize(2)) // no meat and fish target overseas in the targets file
                .body("targets.find { it.target == 'BIO' }.targetPercent", equalTo(10))
                .body("targets.find { it.target == 'BIO' }.met", equalTo(true))
                .body("targets.find { it.target == 'DURABLE' }.targetPercent", equalTo(35));

        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares/months?year=2025")
                .then().statusCode(200).body("months", hasSize(12)).body("months[0].inMonth.total", equalTo(0.0f))
                .body("months[0].inMonth.bioPercent", nullValue());
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares/months?year=2026")
                .then().statusCode(200)
                .body("months[1].inMonth.total", equalTo(10.0f))
                .body("months[2].inMonth.total", equalTo(90.0f))
                .body("months[2].yearToDate.total", equalTo(100.0f))
                .body("months[2].yearToDate.meatAndFishPercent", equalTo(62.5f));
    }

    @Test
    void aCanteenUpdateNamingItsTerritoryChangesItsTargets() {
        String canteen = UUID.randomUUID().toString();
        Events.registered(canteen, "21976000000010", "976");
        Events.purchase(id(), canteen, 1, "2026-02-10", "AUTRES", "[\"BIO\"]", "3.00", null);
        Events.purchase(id(), canteen, 1, "2026-02-10", "AUTRES", "[]", "97.00", null);
        awaitCount(canteen, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> "MAYOTTE".equals(shares(canteen).jsonPath().getString("territory")));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().body("targets.find { it.target == 'BIO' }.targetPercent", equalTo(5))
                .body("targets.find { it.target == 'BIO' }.met", equalTo(false));

        Events.canteen("fr.mutualim.buyer.canteen-updated.v1", canteen, 2, "21976000000010", "62", "METROPOLE");
        await().atMost(Duration.ofSeconds(30)).until(() -> "METROPOLE".equals(shares(canteen).jsonPath().getString("territory")));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().body("targets", hasSize(3)).body("targets.find { it.target == 'BIO' }.targetPercent", equalTo(20));
    }

    @Test
    void aGroupSumsItsMembersAndEachTokenReadsOnlyWhatItReaches() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String outsider = UUID.randomUUID().toString();
        String group = UUID.randomUUID().toString();
        Events.registered(a, "21620041000014", "62");
        Events.registered(b, "21620041000022", "59");
        Events.registered(outsider, "21620041000030", "62");
        Events.group(group, 1, a);
        Events.group(group, 2, a, b);
        Events.purchase(id(), a, 1, "2026-05-02", "FRUITS_ET_LEGUMES", "[\"BIO\"]", "30.00", null);
        Events.purchase(id(), b, 1, "2026-05-03", "PRODUITS_LAITIERS", "[]", "70.00", null);
        Events.purchase(id(), outsider, 1, "2026-05-03", "AUTRES", "[]", "1.00", null);
        awaitCount(a, 1);
        awaitCount(b, 1);
        awaitCount(outsider, 1);
        awaitTerritory(a, "METROPOLE");
        awaitTerritory(b, "METROPOLE");

        String operator = TestTokens.operator(group);
        // the group's second version (two members) may arrive after the purchases: another topic
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(operator)
                .get("/purchasing-groups/" + group + "/shares?year=2026").jsonPath().getInt("memberCount") == 2);
        given().auth().oauth2(operator).get("/purchasing-groups/" + group + "/shares?year=2026")
                .then().statusCode(200)
                .body("groupName", equalTo("Groupement 2"))
                .body("memberCount", equalTo(2))
                .body("total", equalTo(100.0f))
                .body("bioPercent", equalTo(30.0f))
                .body("territory", equalTo("METROPOLE"))
                .body("targets.find { it.target == 'BIO' }.met", equalTo(true));
        given().auth().oauth2(operator).get("/canteens/" + b + "/shares?year=2026").then().statusCode(200);
        given().auth().oauth2(operator).get("/canteens/" + outsider + "/shares?year=2026")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.operator(UUID.randomUUID().toString()))
                .get("/purchasing-groups/" + group + "/shares?year=2026").then().statusCode(403);

        given().auth().oauth2(TestTokens.buyer(a)).get("/canteens/" + a + "/shares?year=2026").then().statusCode(200);
        given().auth().oauth2(TestTokens.buyer(a)).get("/canteens/" + b + "/shares?year=2026")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.buyer(a)).get("/canteens/" + UUID.randomUUID() + "/shares?year=2026")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer(a)).get("/purchasing-groups/" + group + "/shares?year=2026")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + UUID.randomUUID() + "/shares?year=2026")
                .then().statusCode(404).contentType("application/problem+json");

        String csv = given().auth().oauth2(operator).get("/purchasing-groups/" + group + "/declaration?year=2026")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        assertEquals(String.join(",", fr.mutualim.egalimtracker.domain.Declaration.COLUMNS), lines.get(0));
        assertEquals("21620041000014,2026,30.00,30.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,"
                + "0.00,0.00,0.00,0.00,0.00", lines.get(1));
        assertEquals(true, lines.get(2).startsWith("21620041000022,2026,70.00,0.00,"));
    }

    @Test
    void departmentAndRegionRollUpsAreForOperatorsAndAdmins() {
        String canteen = UUID.randomUUID().toString();
        Events.registered(canteen, "21978000000011", "978"); // Saint-Martin: this test's own département
        Events.purchase(id(), canteen, 1, "2026-06-01", "AUTRES", "[\"HVE\"]", "12.00", null);
        awaitCount(canteen, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.admin())
                .get("/territories/departments/978/shares?year=2026").jsonPath().getInt("canteenCount") >= 1);
        given().auth().oauth2(TestTokens.operator()).get("/territories/departments/978/shares?year=2026")
                .then().statusCode(200).body("territory", equalTo("SAINT_MARTIN")).body("level", equalTo("DEPARTMENT"))
                .body("total", equalTo(12.0f)).body("durableAndQualityPercent", equalTo(100.0f));
        given().auth().oauth2(TestTokens.admin()).get("/territories/regions/32/shares?year=2026")
                .then().statusCode(200).body("regionName", equalTo("Hauts-de-France")).body("territory", equalTo("METROPOLE"));
        given().auth().oauth2(TestTokens.buyer(canteen)).get("/territories/departments/978/shares?year=2026")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/territories/regions/99/shares?year=2026")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/territories/departments/6200/shares?year=2026")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aWhatIfShowsTheFiguresAfterTheChangesAndStoresNothing() {
        String canteen = UUID.randomUUID().toString();
        String purchase = id();
        Events.registered(canteen, "21620041000048", "62");
        Events.purchase(purchase, canteen, 1, "2026-04-01", "VIANDES_VOLAILLES", "[\"FRANCE\"]", "60.00", null);
        Events.purchase(id(), canteen, 1, "2026-04-02", "AUTRES", "[]", "40.00", null);
        awaitCount(canteen, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> shares(canteen).jsonPath().getString("territory") != null);

        String body = """
                {"year": 2026, "relabel": [{"purchaseId": "%s", "labels": ["LABEL_ROUGE", "FRANCE"]}],
                 "add": [{"date": "2026-10-05", "family": "FRUITS_ET_LEGUMES", "labels": ["BIO"], "amountExclTax": 25.00}]}
                """.formatted(purchase);
        given().auth().oauth2(TestTokens.buyer(canteen)).contentType("application/json").body(body)
                .post("/canteens/" + canteen + "/what-if")
                .then().statusCode(200)
                .body("current.durableAndQualityPercent", equalTo(0.0f))
                .body("current.targets.find { it.target == 'MEAT_FISH' }.met", equalTo(false))
                .body("simulated.total", equalTo(125.0f))
                .body("simulated.durableAndQualityPercent", equalTo(68.0f))
                .body("simulated.bioPercent", equalTo(20.0f))
                .body("simulated.targets.find { it.target == 'BIO' }.met", equalTo(true))
                .body("simulated.targets.find { it.target == 'MEAT_FISH' }.met", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026")
                .then().body("total", equalTo(100.0f)).body("durableAndQualityPercent", equalTo(0.0f));

        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"year\": 2026, \"relabel\": [{\"purchaseId\": \"" + UUID.randomUUID() + "\", \"labels\": []}]}")
                .post("/canteens/" + canteen + "/what-if")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("relabel[0].purchaseId"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"year\": 2026, \"add\": [{\"date\": \"2025-12-31\", \"family\": \"AUTRES\", \"amountExclTax\": 1}]}")
                .post("/canteens/" + canteen + "/what-if")
                .then().statusCode(400).body("errors[0].field", equalTo("add[0].date"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"year\": 2026, \"add\": [{\"date\": \"2026-01-02\", \"family\": \"AUTRES\", \"labels\": [\"SOLAR\"], \"amountExclTax\": 1}]}")
                .post("/canteens/" + canteen + "/what-if")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"year\": 2026, \"add\": [{\"date\": \"2026-01-02\", \"family\": \"AUTRES\", \"amountExclTax\": 0}]}")
                .post("/canteens/" + canteen + "/what-if")
                .then().statusCode(400).body("errors[0].field", equalTo("add[0].amountExclTax"));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Response shares(String canteen) {
        return given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/shares?year=2026");
    }

    /** Canteens and purchases come on different topics: a canteen's own event may land after its purchases. */
    public static void awaitTerritory(String canteen, String territory) {
        await().atMost(Duration.ofSeconds(30)).until(() -> territory.equals(shares(canteen).jsonPath().getString("territory")));
    }

    public static void awaitCount(String canteen, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = shares(canteen);
            return response.statusCode() == 200 && response.jsonPath().getInt("purchaseCount") == count;
        });
    }
}
