package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.group;
import static fr.mutualim.buyer.api.BuyerFixtures.groupEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.putGroup;
import static fr.mutualim.buyer.api.BuyerFixtures.recordPurchase;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
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
 * A canteen joins a purchasing group only with two yeses, the group's (its operator) and the
 * canteen's (its buyer), because membership opens its purchases to the group's operators. The
 * second yes makes it a member and is announced; a yes that waits, and every refusal, opens and
 * announces nothing.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class GroupMembershipConsentTest {

    private static final String FORBIDDEN = "https://mutualim.fr/problems/forbidden";

    @Test
    void anOperatorCannotReadACanteensPurchasesByInvitingIt() {
        String listed = registerCanteen();
        String added = registerCanteen();
        recordPurchase(listed, "10.00");
        recordPurchase(added, "20.00");
        String id = UUID.randomUUID().toString();
        String operator = TestTokens.operator(id);

        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31", listed)).put("/purchasing-groups/" + id)
                .then().statusCode(201).body("memberCanteenIds", equalTo(List.of()))
                .body("invitedCanteenIds", equalTo(List.of(listed)));
        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + added)
                .then().statusCode(202).body("version", equalTo(1)).body("memberCanteenIds", equalTo(List.of()))
                .body("invitedCanteenIds", equalTo(Stream.of(listed, added).sorted().toList()));
        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + added)
                .then().statusCode(202).body("version", equalTo(1));

        for (String canteen : List.of(listed, added)) {
            given().auth().oauth2(operator).get("/canteens/" + canteen + "/purchases")
                    .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
            given().auth().oauth2(operator).get("/canteens/" + canteen).then().statusCode(403);
        }
        given().auth().oauth2(operator).get("/canteens").then().statusCode(200).body("totalItems", equalTo(0));

        List<ConsumerRecord<String, String>> events = groupEvents(id, 1);
        assertEquals(List.of(), data(events.get(0)).getList("memberCanteenIds"), "invitations are not members");
    }

    @Test
    void anInvitationAcceptedByTheCanteensBuyerMakesItAMemberWithExactlyOneEvent() {
        String canteen = registerCanteen();
        String purchase = recordPurchase(canteen, "10.00");
        String id = UUID.randomUUID().toString();
        String operator = TestTokens.operator(id);
        String buyer = TestTokens.buyer(canteen);
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31")).put("/purchasing-groups/" + id)
                .then().statusCode(201);
        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + canteen)
                .then().statusCode(202).body("invitedCanteenIds", equalTo(List.of(canteen)));

        given().auth().oauth2(buyer).get("/canteens/" + canteen + "/group-invitations")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].groupId", equalTo(id))
                .body("items[0].name", equalTo("Artois"))
                .body("items[0].coordinator", equalTo("Département du Pas-de-Calais"))
                .body("items[0].startDate", equalTo("2026-09-01")).body("items[0].endDate", equalTo("2027-08-31"));
        given().auth().oauth2(buyer).put("/canteens/" + canteen + "/purchasing-groups/" + id)
                .then().statusCode(200).body("status", equalTo("MEMBER")).body("groupId", equalTo(id))
                .body("canteenId", equalTo(canteen));
        given().auth().oauth2(buyer).put("/canteens/" + canteen + "/purchasing-groups/" + id)
                .then().statusCode(200).body("status", equalTo("MEMBER"));

        given().auth().oauth2(operator).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("items[0].id", equalTo(purchase));
        given().auth().oauth2(buyer).get("/canteens/" + canteen + "/group-invitations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(buyer).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("memberCanteenIds", equalTo(List.of(canteen)))
                .body("invitedCanteenIds", equalTo(List.of()));

        // Events of one group leave in the order they were written: a second join event would sit before this one.
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(group("Artois renommé", "2026-09-01", "2027-08-31", canteen)).put("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(3));
        List<ConsumerRecord<String, String>> events = groupEvents(id, 3);
        assertEquals(List.of(1, 2, 3), events.stream().map(e -> data(e).getInt("version")).toList());
        ConsumerRecord<String, String> joined = events.get(1);
        assertEquals(id, joined.key());
        assertEquals("fr.mutualim.buyer.purchasing-group-changed.v1", TestKafka.header(joined, "ce_type"));
        assertEquals("/mutualim/buyer-service", TestKafka.header(joined, "ce_source"));
        assertEquals("purchasing-groups/" + id, TestKafka.header(joined, "ce_subject"));
        assertEquals(List.of(canteen), data(joined).getList("memberCanteenIds"));
        assertEquals("Artois", data(joined).getString("name"));
    }

    @Test
    void aJoinRequestBeforeAnyInvitationWaitsUntilTheOperatorAcceptsIt() {
        String canteen = registerCanteen();
        recordPurchase(canteen, "10.00");
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31")));
        String operator = TestTokens.operator(id);
        String buyer = TestTokens.buyer(canteen);

        given().auth().oauth2(buyer).put("/canteens/" + canteen + "/purchasing-groups/" + id)
                .then().statusCode(202).body("status", equalTo("REQUESTED"));
        given().auth().oauth2(buyer).get("/purchasing-groups/" + id).then().statusCode(403);
        given().auth().oauth2(operator).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("memberCanteenIds", equalTo(List.of()))
                .body("joinRequestCanteenIds", equalTo(List.of(canteen)));
        given().auth().oauth2(operator).get("/canteens/" + canteen + "/purchases").then().statusCode(403);
        given().auth().oauth2(buyer).get("/canteens/" + canteen + "/join-requests")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].groupId", equalTo(id))
                .body("items[0].name", equalTo("Artois")).body("items[0].askedAt", notNullValue());
        given().auth().oauth2(buyer).get("/canteens/" + canteen + "/group-invitations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(operator).get("/canteens/" + canteen + "/join-requests")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));

        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + canteen)
                .then().statusCode(200).body("version", equalTo(2)).body("memberCanteenIds", equalTo(List.of(canteen)))
                .body("joinRequestCanteenIds", equalTo(List.of()));
        given().auth().oauth2(buyer).get("/canteens/" + canteen + "/join-requests")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(operator).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(1));

        List<ConsumerRecord<String, String>> events = groupEvents(id, 2);
        assertEquals(List.of(1, 2), events.stream().map(e -> data(e).getInt("version")).toList());
        assertEquals(List.of(canteen), data(events.get(1)).getList("memberCanteenIds"));
    }

    @Test
    void aCanteenThatLeavesIsRemovedWithAnEventAndAnInvitationDeclinedAnnouncesNothing() {
        String leaving = registerCanteen();
        String invited = registerCanteen();
        recordPurchase(leaving, "10.00");
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", leaving)));
        String operator = TestTokens.operator(id);
        given().auth().oauth2(operator).get("/canteens/" + leaving + "/purchases").then().statusCode(200);

        given().auth().oauth2(TestTokens.buyer(leaving)).delete("/canteens/" + leaving + "/purchasing-groups/" + id)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.buyer(leaving)).delete("/canteens/" + leaving + "/purchasing-groups/" + id)
                .then().statusCode(204);
        given().auth().oauth2(operator).get("/canteens/" + leaving + "/purchases").then().statusCode(403);

        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + invited).then().statusCode(202);
        given().auth().oauth2(TestTokens.buyer(invited)).delete("/canteens/" + invited + "/purchasing-groups/" + id)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.buyer(invited)).get("/canteens/" + invited + "/group-invitations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(operator).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("memberCanteenIds", equalTo(List.of()))
                .body("invitedCanteenIds", equalTo(List.of()));

        given().auth().oauth2(TestTokens.admin()).put("/purchasing-groups/" + id + "/members/" + invited)
                .then().statusCode(200).body("version", equalTo(3));
        List<ConsumerRecord<String, String>> events = groupEvents(id, 3);
        assertEquals(List.of(1, 2, 3), events.stream().map(e -> data(e).getInt("version")).toList(),
                "leaving again and declining announced nothing");
        assertEquals(List.of(), data(events.get(1)).getList("memberCanteenIds"));
    }

    @Test
    void refusalsAreForbiddenProblemsThatChangeAndAnnounceNothing() {
        String member = registerCanteen();
        String invited = registerCanteen();
        String stranger = registerCanteen();
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", member)));
        String operator = TestTokens.operator(id);
        given().auth().oauth2(operator).put("/purchasing-groups/" + id + "/members/" + invited).then().statusCode(202);

        // The operator cannot answer for a canteen, even one it reads through the group.
        given().auth().oauth2(operator).put("/canteens/" + invited + "/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(operator).delete("/canteens/" + member + "/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(operator).get("/canteens/" + invited + "/group-invitations")
                .then().statusCode(403).contentType(PROBLEM_JSON);
        // A buyer cannot invite, nor answer for another canteen.
        String strangersBuyer = TestTokens.buyer(stranger);
        given().auth().oauth2(strangersBuyer).put("/purchasing-groups/" + id + "/members/" + stranger)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(strangersBuyer).put("/canteens/" + invited + "/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("Only a buyer whose token names canteen " + invited + " in canteen_ids, "
                        + "or an admin, may answer for it about purchasing groups"));
        given().auth().oauth2(strangersBuyer).delete("/canteens/" + member + "/purchasing-groups/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(strangersBuyer).get("/canteens/" + invited + "/group-invitations")
                .then().statusCode(403).contentType(PROBLEM_JSON);
        // Unknown ids.
        given().auth().oauth2(TestTokens.buyer(invited)).put("/canteens/" + invited + "/purchasing-groups/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).put("/canteens/" + UUID.randomUUID() + "/purchasing-groups/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + UUID.randomUUID() + "/group-invitations")
                .then().statusCode(404).contentType(PROBLEM_JSON);

        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("memberCanteenIds", equalTo(List.of(member)))
                .body("invitedCanteenIds", equalTo(List.of(invited))).body("joinRequestCanteenIds", equalTo(List.of()));
        given().auth().oauth2(operator).get("/canteens/" + invited + "/purchases").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).delete("/purchasing-groups/" + id + "/members/" + member)
                .then().statusCode(200).body("version", equalTo(2));
        List<ConsumerRecord<String, String>> events = groupEvents(id, 2);
        assertEquals(List.of(1, 2), events.stream().map(e -> data(e).getInt("version")).toList(),
                "refused requests announced nothing");
    }

    @Test
    void anOperatorsReplacementKeepsListedMembersAcceptsRequestsInvitesTheRestAndDropsUnlistedMembers() {
        String kept = registerCanteen();
        String dropped = registerCanteen();
        String asking = registerCanteen();
        String newcomer = registerCanteen();
        String id = UUID.randomUUID().toString();
        assertEquals(201, putGroup(id, group("Artois", "2026-09-01", "2027-08-31", kept, dropped)));
        given().auth().oauth2(TestTokens.buyer(asking)).put("/canteens/" + asking + "/purchasing-groups/" + id)
                .then().statusCode(202);
        String operator = TestTokens.operator(id);

        String body = group("Artois", "2026-09-01", "2027-08-31", kept, asking, newcomer);
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2))
                .body("memberCanteenIds", equalTo(Stream.of(kept, asking).sorted().toList()))
                .body("invitedCanteenIds", equalTo(List.of(newcomer)))
                .body("joinRequestCanteenIds", equalTo(List.of()));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("invitedCanteenIds", equalTo(List.of(newcomer)));

        List<ConsumerRecord<String, String>> events = groupEvents(id, 2);
        assertEquals(List.of(1, 2), events.stream().map(e -> data(e).getInt("version")).toList());
        assertEquals(Stream.of(kept, asking).sorted().toList(), data(events.get(1)).getList("memberCanteenIds"));
    }
}
