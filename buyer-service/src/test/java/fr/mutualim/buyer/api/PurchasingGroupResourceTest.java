package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.group;
import static fr.mutualim.buyer.api.BuyerFixtures.groupEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Purchasing groups: created and replaced by PUT, versioned, and announced with their whole state. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PurchasingGroupResourceTest {

    @Test
    void creatingAGroupIsAnnouncedOnGroupsEventsWithItsWholeStateAndAnAdminsMembersJoinAtOnce() {
        String a = registerCanteen();
        String b = registerCanteen();
        String id = UUID.randomUUID().toString();
        List<String> sorted = Stream.of(a, b).sorted().toList();

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(group("Artois 2026-2027", "2026-09-01", "2027-08-31", sorted.get(1), sorted.get(0)))
                .put("/purchasing-groups/" + id)
                .then().statusCode(201).header("Location", endsWith("/purchasing-groups/" + id))
                .body("id", equalTo(id)).body("version", equalTo(1)).body("memberCanteenIds", equalTo(sorted))
                .body("invitedCanteenIds", equalTo(List.of())).body("joinRequestCanteenIds", equalTo(List.of()))
                .body("coordinator", equalTo("Département du Pas-de-Calais")).body("changedAt", notNullValue());

        List<ConsumerRecord<String, String>> events = groupEvents(id, 1);
        assertEquals(1, events.size());
        ConsumerRecord<String, String> created = events.get(0);
        assertEquals(id, created.key());
        assertEquals("fr.mutualim.buyer.purchasing-group-changed.v1", TestKafka.header(created, "ce_type"));
        assertEquals("/mutualim/buyer-service", TestKafka.header(created, "ce_source"));
        assertEquals("purchasing-groups/" + id, TestKafka.header(created, "ce_subject"));
        JsonPath data = data(created);
        assertEquals(id, data.getString("groupId"));
        assertEquals(1, data.getInt("version"));
        assertEquals("Artois 2026-2027", data.getString("name"));
        assertEquals("Département du Pas-de-Calais", data.getString("coordinator"));
        assertEquals("2026-09-01", data.getString("startDate"));
        assertEquals("2027-08-31", data.getString("endDate"));
        assertEquals(sorted, data.getList("memberCanteenIds"));
        assertNotNull(data.getString("changedAt"));
    }

    @Test
    void replacingAGroupIncrementsItsVersionAndAReplacementThatChangesNothingKeepsIt() {
        String a = registerCanteen();
        String b = registerCanteen();
        String id = UUID.randomUUID().toString();
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31", a)).put("/purchasing-groups/" + id)
                .then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(group("Artois élargi", "2026-09-01", "2028-08-31", a, b)).put("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("Artois élargi"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(group("Artois élargi", "2026-09-01", "2028-08-31", b, a)).put("/purchasing-groups/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(admin).delete("/purchasing-groups/" + id + "/members/" + b)
                .then().statusCode(200).body("version", equalTo(3));

        List<ConsumerRecord<String, String>> events = groupEvents(id, 3);
        assertEquals(List.of(1, 2, 3), events.stream().map(e -> data(e).getInt("version")).toList(),
                "the unchanged replacement announced nothing");
        JsonPath replaced = data(events.get(1));
        assertEquals("Artois élargi", replaced.getString("name"));
        assertEquals("2028-08-31", replaced.getString("endDate"));
        assertEquals(Stream.of(a, b).sorted().toList(), replaced.getList("memberCanteenIds"));
    }

    @Test
    void anAdminAddsAndRemovesAMemberDirectlyAndEachChangeIsAnnounced() {
        String a = registerCanteen();
        String b = registerCanteen();
        String id = UUID.randomUUID().toString();
        BuyerFixtures.putGroup(id, group("Artois", "2026-09-01", "2027-08-31", a));
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).put("/purchasing-groups/" + id + "/members/" + b)
                .then().statusCode(200).body("version", equalTo(2))
                .body("memberCanteenIds", equalTo(Stream.of(a, b).sorted().toList()));
        given().auth().oauth2(admin).put("/purchasing-groups/" + id + "/members/" + b)
                .then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(admin).delete("/purchasing-groups/" + id + "/members/" + a)
                .then().statusCode(200).body("version", equalTo(3)).body("memberCanteenIds", equalTo(List.of(b)));
        given().auth().oauth2(admin).put("/purchasing-groups/" + id + "/members/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);

        List<ConsumerRecord<String, String>> events = groupEvents(id, 3);
        assertEquals(3, events.size());
        assertEquals(Stream.of(a, b).sorted().toList(), data(events.get(1)).getList("memberCanteenIds"));
        assertEquals(List.of(b), data(events.get(2)).getList("memberCanteenIds"));
        assertEquals(3, data(events.get(2)).getInt("version"));
    }

    @Test
    void anUnknownMemberCanteenIsRejectedByItsIndexAndNothingIsStored() {
        String a = registerCanteen();
        String unknown = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.operator(id)).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31", a, unknown)).put("/purchasing-groups/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://mutualim.fr/problems/validation-error"))
                .body("errors[0].field", equalTo("memberCanteenIds[1]"))
                .body("errors[0].message", equalTo("canteen " + unknown + " does not exist"));
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id).then().statusCode(404);

        assertEquals(201, BuyerFixtures.putGroup(id, group("Artois", "2026-09-01", "2027-08-31", a)));
        List<ConsumerRecord<String, String>> events = groupEvents(id, 1);
        assertEquals(1, data(events.get(0)).getInt("version"));
        assertEquals(List.of(a), data(events.get(0)).getList("memberCanteenIds"), "the rejected request announced nothing");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAMemberListedTwiceIsRejected() {
        String a = registerCanteen();
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(group("Artois", "2027-09-01", "2027-08-31", a)).put("/purchasing-groups/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", equalTo("must not be before startDate (2027-09-01)"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(group("Artois", "2026-09-01", "2027-08-31", a, a)).put("/purchasing-groups/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("memberCanteenIds[1]"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(group("", "2026-09-01", "2027-08-31", a)).put("/purchasing-groups/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(TestTokens.admin()).get("/purchasing-groups/" + id).then().statusCode(404);
    }

    @Test
    void aCanteenMayBeInSeveralGroupsAndItsBuyerListsThemAll() {
        String a = registerCanteen();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        assertEquals(201, BuyerFixtures.putGroup(first, group("A - groupement lait", "2026-01-01", "2026-12-31", a)));
        assertEquals(201, BuyerFixtures.putGroup(second, group("B - groupement légumes", "2026-01-01", "2026-12-31", a)));
        given().auth().oauth2(TestTokens.buyer(a)).get("/purchasing-groups")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.id", equalTo(List.of(first, second)));
        given().auth().oauth2(TestTokens.buyer(a)).get("/purchasing-groups?size=1&page=1")
                .then().statusCode(200).body("totalPages", equalTo(2)).body("items.id", equalTo(List.of(second)));
    }
}
