package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.group;
import static fr.mutualim.buyer.api.BuyerFixtures.putGroup;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;

import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A purchasing group with two member canteens, its operator, and demand campaigns in it. */
record CampaignFixtures(String groupId, String first, String second, String operator) {

    static CampaignFixtures newGroup() {
        String first = registerCanteen();
        String second = registerCanteen();
        String groupId = UUID.randomUUID().toString();
        if (putGroup(groupId, group("Collèges de l'Artois", "2027-01-01", "2030-12-31", first, second)) != 201) {
            throw new IllegalStateException("group not created");
        }
        return new CampaignFixtures(groupId, first, second, TestTokens.operator(groupId));
    }

    String campaigns() {
        return "/purchasing-groups/" + groupId + "/demand-campaigns";
    }

    String campaign(String campaignId) {
        return campaigns() + "/" + campaignId;
    }

    /** Creates a draft as the operator; returns its id. */
    String createCampaign() {
        return given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body("{\"name\": \"Denrées alimentaires 2027-2030\", \"description\": \"Collèges du groupement\"}")
                .post(campaigns()).then().statusCode(201).extract().path("campaignId");
    }

    /** Adds a line as the operator; returns its id. */
    String addLine(String campaignId, String line) {
        return given().auth().oauth2(operator).contentType(ContentType.JSON).body(line)
                .post(campaign(campaignId) + "/lines").then().statusCode(201).extract().path("lineId");
    }

    /** A line of apples; the category is left out when null, as are quantities given as "". */
    static String line(String product, String cpv, String category, String quantities) {
        return """
                {"productLabel": "%s", "cpvCode": "%s", "family": "FRUITS_ET_LEGUMES", %s "unit": "KG",
                 "months": [9, 10, 11, 12, 1, 2, 3], "deliveriesPerWeek": 2, "estimatedUnitPriceExclTax": 1.40,
                 "requiredLabel": null, "quantities": [%s]}
                """.formatted(product, cpv, category == null ? "" : "\"category\": \"" + category + "\",", quantities);
    }

    static String quantity(String canteenId, String quantity) {
        return "{\"canteenId\": \"" + canteenId + "\", \"quantityPerYear\": " + quantity + "}";
    }

    /** The events of one campaign, waiting until {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> campaignEvents(String campaignId, int expected) {
        return TestKafka.read("campaigns.events", r -> campaignId.equals(r.key()), expected, Duration.ofSeconds(30));
    }
}
