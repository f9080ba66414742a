package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.purchase;
import static fr.mutualim.buyer.api.BuyerFixtures.recordPurchase;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A buyer reaches only the canteens of its token; refusals are 403 problems that change nothing. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class CanteenScopeTest {

    @Test
    void aBuyerListsAndReadsOnlyItsOwnCanteens() {
        String mine = registerCanteen();
        String other = registerCanteen();
        given().auth().oauth2(TestTokens.buyer(mine)).get("/canteens?size=200")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items.id", equalTo(List.of(mine)));
        given().auth().oauth2(TestTokens.buyer(mine)).get("/canteens/" + mine).then().statusCode(200);
        given().auth().oauth2(TestTokens.buyer(mine)).get("/canteens/" + other)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("detail", equalTo(
                        "Your token does not reach canteen " + other));
        given().auth().oauth2(TestTokens.buyer("not-a-uuid")).get("/canteens")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aBuyerCannotReadNorRecordNorChangeAnotherCanteensPurchases() {
        String mine = registerCanteen();
        String other = registerCanteen();
        String purchase = recordPurchase(other, "10.00");
        String buyer = TestTokens.buyer(mine);
        given().auth().oauth2(buyer).get("/canteens/" + other + "/purchases").then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).get("/canteens/" + other + "/purchases/" + purchase).then().statusCode(403);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(purchase("2026-03-14", "[]", "1.00"))
                .post("/canteens/" + other + "/purchases").then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body("{\"lines\": [" + purchase("2026-03-14", "[]", "1.00") + "]}")
                .post("/canteens/" + other + "/purchase-batches").then().statusCode(403);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(purchase("2026-03-14", "[]", "99.00"))
                .put("/canteens/" + other + "/purchases/" + purchase).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).delete("/canteens/" + other + "/purchases/" + purchase).then().statusCode(403);

        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + other + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].version", equalTo(1)).body("items[0].amountExclTax", equalTo(10.0f));
    }

    @Test
    void anOperatorWithoutGroupsReachesNoCanteenAndAnAdminReachesAll() {
        String canteen = registerCanteen();
        given().auth().oauth2(TestTokens.operator()).get("/canteens/" + canteen).then().statusCode(403);
        given().auth().oauth2(TestTokens.operator()).get("/canteens").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen).then().statusCode(200);
    }
}
