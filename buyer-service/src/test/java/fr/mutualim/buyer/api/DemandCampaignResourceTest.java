package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.CampaignFixtures.campaignEvents;
import static fr.mutualim.buyer.api.CampaignFixtures.line;
import static fr.mutualim.buyer.api.CampaignFixtures.quantity;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Demand campaigns: drafts and their lines, categories, the summary, submission, and revisions. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class DemandCampaignResourceTest {

    private static final String APPLES = "03222321-9";

    @Test
    void anOperatorCreatesADraftAndItsLinesTakeTheirCategoryFromTheCpvCode() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        var created = given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body("{\"name\": \" Denrées 2027 \", \"description\": \"Collèges\"}").post(g.campaigns())
                .then().statusCode(201).extract();
        String id = created.path("campaignId");
        assertTrue(created.header("Location").endsWith(g.campaign(id)));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200)
                .body("name", equalTo("Denrées 2027")).body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("lines.size()", equalTo(0)).body("submittedAt", nullValue());

        String apples = g.addLine(id, line("Pommes de table", APPLES, null, quantity(g.first(), "1200")));
        String beef = g.addLine(id, line("Bœuf haché", "15111100-0", null, ""));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200)
                .body("lines.lineId", equalTo(List.of(apples, beef))).body("lines.lineNumber", equalTo(List.of(1, 2)))
                .body("lines[0].category.code", equalTo("FRUITS_LEGUMES_FRAIS"))
                .body("lines[0].category.label", equalTo("Fruits et légumes frais"))
                .body("lines[0].months", equalTo(List.of(1, 2, 3, 9, 10, 11, 12)))
                .body("lines[0].quantities[0].canteenId", equalTo(g.first()))
                .body("lines[1].category.code", equalTo("VIANDE_BOVINE"));

        // An explicit category of the nomenclature wins over the CPV code's.
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes surgelées", APPLES, "SURGELES", "")).put(g.campaign(id) + "/lines/" + apples)
                .then().statusCode(200).body("lineNumber", equalTo(1)).body("category.code", equalTo("SURGELES"))
                .body("quantities.size()", equalTo(0));
        given().auth().oauth2(g.operator()).delete(g.campaign(id) + "/lines/" + apples).then().statusCode(204);
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200)
                .body("lines.lineId", equalTo(List.of(beef))).body("lines[0].lineNumber", equalTo(1));
        given().auth().oauth2(g.operator()).get(g.campaigns()).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].campaignId", equalTo(id));
    }

    @Test
    void aLineWithoutCategoryForItsCpvCodeOrWithASiteOutsideTheGroupIsRefusedNamingTheField() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String stranger = BuyerFixtures.registerCanteen();
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Ciment", "44111200-3", null, "")).post(g.campaign(id) + "/lines")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", equalTo("CPV code 44111200-3 has no homogeneous category in the group's "
                        + "nomenclature; give one"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", APPLES, "INCONNUE", "")).post(g.campaign(id) + "/lines")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", APPLES, null, quantity(g.first(), "10") + "," + quantity(stranger, "5")))
                .post(g.campaign(id) + "/lines")
                .then().statusCode(400).body("errors[0].field", equalTo("quantities[1].canteenId"))
                .body("errors[0].message", containsString("is not a member of purchasing group " + g.groupId()));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", APPLES, null, quantity(g.first(), "10") + "," + quantity(g.first(), "5")))
                .post(g.campaign(id) + "/lines")
                .then().statusCode(400).body("errors[0].field", equalTo("quantities[1].canteenId"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", "03222321", null, quantity(g.first(), "0"))).post(g.campaign(id) + "/lines")
                .then().statusCode(400).body("errors.field", equalTo(List.of("cpvCode", "quantities[0].quantityPerYear")));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", APPLES, null, "").replace("[9, 10", "[13, 10")).post(g.campaign(id) + "/lines")
                .then().statusCode(400).body("errors[0].field", containsString("months"));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200).body("lines.size()", equalTo(0));
    }

    @Test
    void theSummaryAddsUpEachLineAcrossSitesAndEachCategory() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        g.addLine(id, line("Pommes", APPLES, null, quantity(g.first(), "1200.5") + "," + quantity(g.second(), "800")));
        g.addLine(id, line("Poires", "03222322-6", null, quantity(g.second(), "100.125")));
        g.addLine(id, line("Lait", "15511000-3", null, ""));

        JsonPath summary = given().auth().oauth2(TestTokens.buyer(g.first())).get(g.campaign(id) + "/summary")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(3, summary.getInt("lineCount"));
        assertEquals(2, summary.getInt("siteCount"));
        assertEquals(new BigDecimal("2000.500"), summary.get("lines[0].totalQuantityPerYear"));
        assertEquals(2, summary.getInt("lines[0].siteCount"));
        assertEquals(new BigDecimal("2800.70"), summary.get("lines[0].estimatedAnnualValueExclTax"));
        assertEquals(new BigDecimal("140.18"), summary.get("lines[1].estimatedAnnualValueExclTax"), "100.125 × 1.40");
        assertEquals(0, summary.getInt("lines[2].siteCount"));
        assertEquals(List.of("FRUITS_LEGUMES_FRAIS", "PRODUITS_LAITIERS"), summary.getList("categories.category.code"));
        assertEquals(2, summary.getInt("categories[0].lineCount"));
        assertEquals(new BigDecimal("2940.88"), summary.get("categories[0].estimatedAnnualValueExclTax"));
        assertEquals(new BigDecimal("2940.88"), summary.get("estimatedAnnualValueExclTax"));
    }

    @Test
    void submittingFreezesTheVersionAndAnnouncesItsWholeContentWithASnapshotOfItsSites() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String apples = g.addLine(id, line("Pommes de table", APPLES, null,
                quantity(g.first(), "1200") + "," + quantity(g.second(), "300.5")));
        String milk = g.addLine(id, """
                {"productLabel": "Lait demi-écrémé", "cpvCode": "15511000-3", "family": "PRODUITS_LAITIERS",
                 "unit": "L", "months": [1], "deliveriesPerWeek": 1, "estimatedUnitPriceExclTax": 0.95,
                 "requiredLabel": "BIO", "quantities": [%s]}
                """.formatted(quantity(g.second(), "50")));

        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("version", equalTo(1));

        List<ConsumerRecord<String, String>> events = campaignEvents(id, 1);
        assertEquals(1, events.size());
        ConsumerRecord<String, String> submitted = events.get(0);
        assertEquals(id, submitted.key());
        assertEquals("fr.mutualim.buyer.demand-campaign-submitted.v1", TestKafka.header(submitted, "ce_type"));
        assertEquals("/mutualim/buyer-service", TestKafka.header(submitted, "ce_source"));
        assertEquals("purchasing-groups/" + g.groupId() + "/demand-campaigns/" + id,
                TestKafka.header(submitted, "ce_subject"));
        assertNotNull(TestKafka.header(submitted, "ce_id"));
        assertNotNull(TestKafka.header(submitted, "ce_time"));
        JsonPath data = data(submitted);
        assertEquals(id, data.getString("campaignId"));
        assertEquals(1, data.getInt("version"));
        assertEquals(g.groupId(), data.getString("groupId"));
        assertEquals("Denrées alimentaires 2027-2030", data.getString("name"));
        assertEquals("Collèges du groupement", data.getString("description"));
        assertNotNull(data.getString("submittedAt"));
        List<String> sites = Stream.of(g.first(), g.second()).sorted().toList();
        assertEquals(sites, data.getList("sites.canteenId"));
        assertEquals("École Jules Ferry", data.getString("sites[0].name"));
        assertEquals("62041", data.getString("sites[0].inseeCode"));
        assertEquals("62", data.getString("sites[0].departmentCode"));
        assertEquals(0, new BigDecimal("50.291").compareTo(data.get("sites[0].latitude")));
        assertEquals(14, data.getString("sites[0].siret").length());

        assertEquals(List.of(apples, milk), data.getList("lines.lineId"));
        Map<String, Object> first = data.getMap("lines[0]");
        assertEquals(1, data.getInt("lines[0].lineNumber"));
        assertEquals("Pommes de table", first.get("productLabel"));
        assertEquals(APPLES, first.get("cpvCode"));
        assertEquals("FRUITS_ET_LEGUMES", first.get("family"));
        assertEquals(Map.of("code", "FRUITS_LEGUMES_FRAIS", "label", "Fruits et légumes frais"), first.get("category"));
        assertEquals("KG", first.get("unit"));
        assertEquals(List.of(1, 2, 3, 9, 10, 11, 12), data.getList("lines[0].months", Integer.class));
        assertEquals(2, data.getInt("lines[0].deliveriesPerWeek"));
        assertEquals(new BigDecimal("1.40"), data.get("lines[0].estimatedUnitPriceExclTax"));
        assertNull(data.get("lines[0].requiredLabel"));
        assertEquals(Map.of(g.first(), new BigDecimal("1200.000"), g.second(), new BigDecimal("300.500")),
                Map.of(data.getString("lines[0].quantities[0].canteenId"), data.get("lines[0].quantities[0].quantityPerYear"),
                        data.getString("lines[0].quantities[1].canteenId"), data.get("lines[0].quantities[1].quantityPerYear")));
        assertEquals("BIO", data.getString("lines[1].requiredLabel"));
        assertEquals("PRODUITS_LAITIERS", data.getString("lines[1].category.code"));
        assertEquals("L", data.getString("lines[1].unit"));
    }

    @Test
    void aSubmittedCampaignCannotChangeUntilARevisionStartsItsNextVersion() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String apples = g.addLine(id, line("Pommes", APPLES, null, quantity(g.first(), "1200")));
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/revision").then().statusCode(409)
                .contentType(PROBLEM_JSON);
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(200);

        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Poires", "03222322-6", null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://mutualim.fr/problems/conflict"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Poires", APPLES, null, ""))
                .put(g.campaign(id) + "/lines/" + apples).then().statusCode(409);
        given().auth().oauth2(g.operator()).delete(g.campaign(id) + "/lines/" + apples).then().statusCode(409);
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(409);

        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/revision").then().statusCode(201)
                .header("Location", endsWith(g.campaign(id)))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("lines.lineId", equalTo(List.of(apples)));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body(line("Pommes", APPLES, null, quantity(g.first(), "1500"))).put(g.campaign(id) + "/lines/" + apples)
                .then().statusCode(200);
        g.addLine(id, line("Poires", "03222322-6", null, quantity(g.second(), "40")));
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(200)
                .body("version", equalTo(2));

        given().auth().oauth2(g.operator()).get(g.campaign(id) + "/versions/1").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("lines.size()", equalTo(1))
                .body("lines[0].quantities[0].quantityPerYear", equalTo(1200.0f));
        given().auth().oauth2(g.operator()).get(g.campaign(id) + "/versions/3").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        given().auth().oauth2(g.operator()).get(g.campaigns()).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].version", equalTo(2));

        List<ConsumerRecord<String, String>> events = campaignEvents(id, 2);
        assertEquals(List.of(1, 2), events.stream().map(e -> data(e).getInt("version")).toList());
        JsonPath second = data(events.get(1));
        assertEquals(List.of(1, 2), second.getList("lines.lineNumber"));
        assertEquals(apples, second.getString("lines[0].lineId"), "a line keeps its id across versions");
        assertEquals(new BigDecimal("1500.000"), second.get("lines[0].quantities[0].quantityPerYear"));
    }

    @Test
    void anEmptyCampaignOrALineWithoutQuantityCannotBeSubmitted() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", equalTo("the campaign has no line"));
        g.addLine(id, line("Pommes", APPLES, null, quantity(g.first(), "10")));
        g.addLine(id, line("Poires", "03222322-6", null, ""));
        given().auth().oauth2(g.operator()).post(g.campaign(id) + "/submission").then().statusCode(409)
                .body("errors[0].field", equalTo("lines[1].quantities"))
                .body("errors[0].message", equalTo("line 2 has no quantity"));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertEquals(0, campaignEvents(id, 1).size(), "a refused submission announces nothing");
    }

    @Test
    void aGroupsOwnNomenclatureDecidesTheCategoriesOfNewLines() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String nomenclature = "/purchasing-groups/" + g.groupId() + "/nomenclature";
        given().auth().oauth2(TestTokens.buyer(g.first())).get(nomenclature).then().statusCode(200)
                .body("source", equalTo("DEFAULT")).body("changedAt", nullValue())
                .body("entries.find { it.cpvPrefix == '0322' }.categoryCode", equalTo("FRUITS_LEGUMES_FRAIS"));
        String id = g.createCampaign();
        String before = g.addLine(id, line("Pommes", APPLES, null, ""));

        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body("""
                {"entries": [
                  {"cpvPrefix": "03", "categoryCode": "PRODUITS_AGRICOLES", "categoryLabel": "Produits agricoles"},
                  {"cpvPrefix": "032223", "categoryCode": "FRUITS_A_PEPINS", "categoryLabel": "Fruits à pépins"}]}
                """).put(nomenclature).then().statusCode(200).body("source", equalTo("GROUP"))
                .body("entries.cpvPrefix", equalTo(List.of("03", "032223")));
        given().auth().oauth2(g.operator()).get(nomenclature).then().statusCode(200).body("source", equalTo("GROUP"))
                .body("entries.size()", equalTo(2));

        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Pommes bio", APPLES, null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(201).body("category.code", equalTo("FRUITS_A_PEPINS"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Carottes", "03221112-4", null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(201)
                .body("category.code", equalTo("PRODUITS_AGRICOLES"));
        // The default categories are gone for this group: milk has none now.
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Lait", "15511000-3", null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200)
                .body("lines.find { it.lineId == '" + before + "' }.category.code", equalTo("FRUITS_LEGUMES_FRAIS"));

        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body("""
                {"entries": [
                  {"cpvPrefix": "03", "categoryCode": "PRODUITS_AGRICOLES", "categoryLabel": "Produits agricoles"},
                  {"cpvPrefix": "03", "categoryCode": "FRUITS", "categoryLabel": "Fruits"},
                  {"cpvPrefix": "15", "categoryCode": "PRODUITS_AGRICOLES", "categoryLabel": "Autre libellé"}]}
                """).put(nomenclature).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("entries[1].cpvPrefix", "entries[2].categoryLabel")));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON)
                .body("{\"entries\": [{\"cpvPrefix\": \"1x\", \"categoryCode\": \"bad\", \"categoryLabel\": \"X\"}]}")
                .put(nomenclature).then().statusCode(400)
                .body("errors.field", equalTo(List.of("entries[0].categoryCode", "entries[0].cpvPrefix")));
        given().auth().oauth2(TestTokens.buyer(g.first())).contentType(ContentType.JSON).body("{\"entries\": []}")
                .put(nomenclature).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(g.operator()).get(nomenclature).then().statusCode(200).body("entries.size()", equalTo(2));

        given().auth().oauth2(g.operator()).delete(nomenclature).then().statusCode(200).body("source", equalTo("DEFAULT"));
        given().auth().oauth2(g.operator()).contentType(ContentType.JSON).body(line("Lait", "15511000-3", null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(201).body("category.code", equalTo("PRODUITS_LAITIERS"));
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + UUID.randomUUID() + "/nomenclature")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
