package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.group;
import static fr.mutualim.buyer.api.BuyerFixtures.groupEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.purchase;
import static fr.mutualim.buyer.api.BuyerFixtures.putGroup;
import static fr.mutualim.buyer.api.BuyerFixtures.recordPurchase;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Who reaches a purchasing group, and what a group opens: an operator its groups and, read-only,
 * their member canteens; a buyer, read-only, the groups of its canteens. Refusals are 403 problems
 * that change nothing.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PurchasingGroupScopeTest {

    private static final String FORBIDDEN = "https://mutualim.fr/problems/forbidden";

    @Test
    void anOperatorOutsideTheGroupCanNeitherCreateNorChangeItAndNothingChanges() {
        String a = registerCanteen();
        String b = registerCanteen();
        String id = UUID.randomUUID().toString();
        String outsider = TestTokens.operator(UUID.randomUUID().toString());

        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31", a)).put("/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id).then().statusCode(404);

        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", a)));
        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(group("Pris en main", "2026-09-01", "2027-08-31", a, b)).put("/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(outsider).put("/purchasing-groups/" + id + "/members/" + b)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(outsider).delete("/purchasing-groups/" + id + "/members/" + a)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(outsider).get("/purchasing-groups/" + id).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(outsider).get("/purchasing-groups").then().statusCode(200).body("totalItems", equalTo(0));

        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo("Artois"))
                .body("memberCanteenIds", equalTo(List.of(a)));
        given().auth().oauth2(TestTokens.admin()).put("/purchasing-groups/" + id + "/members/" + b)
                .then().statusCode(200).body("version", equalTo(2));
        // Events of one group leave in the order they were written: a refused change would sit before this one.
        List<ConsumerRecord<String, String>> events = groupEvents(id, 2);
        assertEquals(List.of(1, 2), events.stream().map(e -> data(e).getInt("version")).toList());
        assertEquals("Artois", data(events.get(1)).getString("name"), "refused requests announced nothing");
        assertEquals(Stream.of(a, b).sorted().toList(), data(events.get(1)).getList("memberCanteenIds"));
    }

    @Test
    void anOperatorOfTheGroupReadsItsMembersPurchasesButNotThoseOfOtherCanteens() {
        String member = registerCanteen();
        String outside = registerCanteen();
        String memberPurchase = recordPurchase(member, "10.00");
        String outsidePurchase = recordPurchase(outside, "20.00");
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", member)));
        String operator = TestTokens.operator(id);

        given().auth().oauth2(operator).get("/canteens/" + member).then().statusCode(200);
        given().auth().oauth2(operator).get("/canteens/" + member + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(memberPurchase));
        given().auth().oauth2(operator).get("/canteens/" + member + "/purchases/" + memberPurchase).then().statusCode(200);
        given().auth().oauth2(operator).get("/canteens").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", equalTo(List.of(member)));
        given().auth().oauth2(operator).get("/purchasing-groups").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));

        given().auth().oauth2(operator).get("/canteens/" + outside).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(operator).get("/canteens/" + outside + "/purchases")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("Your token does not reach canteen " + outside));
        given().auth().oauth2(operator).get("/canteens/" + outside + "/purchases/" + outsidePurchase).then().statusCode(403);

        // Reading is what a group gives: the member's purchases stay the member's buyers' to change.
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(purchase("2026-03-14", "[]", "1.00"))
                .post("/canteens/" + member + "/purchases").then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(operator).delete("/canteens/" + member + "/purchases/" + memberPurchase)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + member + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(1));

        // Once the canteen leaves the group, the operator no longer reaches it.
        given().auth().oauth2(operator).delete("/purchasing-groups/" + id + "/members/" + member).then().statusCode(200);
        given().auth().oauth2(operator).get("/canteens/" + member + "/purchases").then().statusCode(403);
    }

    @Test
    void aBuyerReadsAGroupContainingItsCanteenButCannotChangeItNorReadOtherMembersPurchases() {
        String mine = registerCanteen();
        String fellow = registerCanteen();
        String stranger = registerCanteen();
        recordPurchase(fellow, "10.00");
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", mine, fellow)));
        String buyer = TestTokens.buyer(mine);

        given().auth().oauth2(buyer).get("/purchasing-groups/" + id).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(buyer).get("/purchasing-groups").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));

        given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(group("Repris", "2026-09-01", "2027-08-31", mine)).put("/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(buyer).put("/purchasing-groups/" + id + "/members/" + stranger)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).delete("/purchasing-groups/" + id + "/members/" + fellow)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(buyer).get("/canteens/" + fellow + "/purchases").then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(TestTokens.buyer(stranger)).get("/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo("Artois"));
    }
}
