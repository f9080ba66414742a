package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.CampaignFixtures.line;
import static fr.mutualim.buyer.api.CampaignFixtures.quantity;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who reaches a group's campaigns: its operators and admins manage them, the buyers of its member
 * canteens read them; anyone else gets a 403 problem that changes nothing.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class DemandCampaignScopeTest {

    private static final String FORBIDDEN = "https://mutualim.fr/problems/forbidden";
    private static final String APPLES = "03222321-9";

    @Test
    void aBuyerOfAMemberCanteenReadsTheCampaignsButChangesNothing() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String lineId = g.addLine(id, line("Pommes", APPLES, null, quantity(g.first(), "10")));
        String buyer = TestTokens.buyer(g.first());

        given().auth().oauth2(buyer).get(g.campaigns()).then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(buyer).get(g.campaign(id)).then().statusCode(200);
        given().auth().oauth2(buyer).get(g.campaign(id) + "/versions/1").then().statusCode(200);
        given().auth().oauth2(buyer).get(g.campaign(id) + "/summary").then().statusCode(200);

        given().auth().oauth2(buyer).contentType(ContentType.JSON).body("{\"name\": \"Mine\"}").post(g.campaigns())
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(line("Poires", APPLES, null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(line("Poires", APPLES, null, ""))
                .put(g.campaign(id) + "/lines/" + lineId).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).delete(g.campaign(id) + "/lines/" + lineId).then().statusCode(403);
        given().auth().oauth2(buyer).post(g.campaign(id) + "/submission").then().statusCode(403);
        given().auth().oauth2(buyer).contentType("text/csv").body("x").post(g.campaign(id) + "/line-imports")
                .then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(TestTokens.admin()).get(g.campaigns()).then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).get(g.campaign(id)).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("lines.productLabel", equalTo(List.of("Pommes")));
    }

    @Test
    void anOperatorOfAnotherGroupAndABuyerOfAnotherCanteenReachNothing() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String lineId = g.addLine(id, line("Pommes", APPLES, null, quantity(g.first(), "10")));
        String outsider = TestTokens.operator(UUID.randomUUID().toString());
        String stranger = TestTokens.buyer(BuyerFixtures.registerCanteen());

        for (String token : List.of(outsider, stranger)) {
            given().auth().oauth2(token).get(g.campaigns()).then().statusCode(403).contentType(PROBLEM_JSON)
                    .body("type", equalTo(FORBIDDEN));
            given().auth().oauth2(token).get(g.campaign(id)).then().statusCode(403).contentType(PROBLEM_JSON);
            given().auth().oauth2(token).get(g.campaign(id) + "/summary").then().statusCode(403);
            given().auth().oauth2(token).get("/purchasing-groups/" + g.groupId() + "/nomenclature").then().statusCode(403);
        }
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"name\": \"Pris\"}").post(g.campaigns())
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body(line("Poires", APPLES, null, ""))
                .post(g.campaign(id) + "/lines").then().statusCode(403);
        given().auth().oauth2(outsider).delete(g.campaign(id) + "/lines/" + lineId).then().statusCode(403);
        given().auth().oauth2(outsider).post(g.campaign(id) + "/submission").then().statusCode(403);
        given().auth().oauth2(outsider).post(g.campaign(id) + "/revision").then().statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"entries\": []}")
                .put("/purchasing-groups/" + g.groupId() + "/nomenclature").then().statusCode(403);
        given().auth().oauth2(TestTokens.producer("x")).get(g.campaigns()).then().statusCode(403)
                .contentType(PROBLEM_JSON);

        given().auth().oauth2(g.operator()).get(g.campaigns()).then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(g.operator()).get(g.campaign(id)).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("lines.lineId", equalTo(List.of(lineId)));
        given().auth().oauth2(g.operator()).get("/purchasing-groups/" + g.groupId() + "/nomenclature")
                .then().statusCode(200).body("source", equalTo("DEFAULT"));
    }

    @Test
    void aCampaignIsOnlyReachedThroughItsOwnGroup() {
        CampaignFixtures g = CampaignFixtures.newGroup();
        CampaignFixtures other = CampaignFixtures.newGroup();
        String id = g.createCampaign();
        String both = TestTokens.operator(g.groupId(), other.groupId());
        given().auth().oauth2(both).get(other.campaign(id)).then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(both).post(other.campaign(id) + "/submission").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"X\"}")
                .post("/purchasing-groups/" + UUID.randomUUID() + "/demand-campaigns").then().statusCode(404);
    }
}
