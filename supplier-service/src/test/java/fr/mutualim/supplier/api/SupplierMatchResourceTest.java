package fr.mutualim.supplier.api;

import static fr.mutualim.supplier.api.CertificationResourceTest.TODAY;
import static fr.mutualim.supplier.api.CertificationResourceTest.certificate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-made suppliers around a fictitious product code (CPV 0999…), so that no other test's data
 * interferes: each is excluded by one rule, or matches.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class SupplierMatchResourceTest {

    /** Arras, and Lens 18 km away: both are delivery points. Suppliers sit in Arques (62500). */
    private static final String POINTS = "&point=50.2910,2.7775&point=50.4322,2.8333";
    private static String near;
    private static String smallRadius;
    private static String summerOnly;
    private static String tooSmall;
    private static String lapsedOrganic;
    private static String bigNear;

    /** Built on first use: Quarkus points RestAssured at the application only once a test runs. */
    @BeforeEach
    void directory() {
        if (near != null) {
            return;
        }
        near = farm(100, "12000", "[1,2,3,9,10,11,12]", true, TODAY.plusYears(1));
        smallRadius = farm(50, "12000", "[1,2,3,9,10,11,12]", true, TODAY.plusYears(1));
        summerOnly = farm(100, "12000", "[6,7,8]", true, TODAY.plusYears(1));
        tooSmall = farm(100, "3000", "[1,2,3,9,10,11,12]", true, TODAY.plusYears(1));
        lapsedOrganic = farm(100, "12000", "[1,2,3,9,10,11,12]", true, TODAY.minusDays(1));
        bigNear = farm(100, "40000", "[1,2,3,9,10,11,12]", false, TODAY.plusYears(1));
    }

    /** A farm about 50 and 60 km from the delivery points with one offer under CPV 09990000, maybe organic. */
    private static String farm(int radius, String capacity, String months, boolean organic, java.time.LocalDate organicUntil) {
        String id = TestSuppliers.register("PRODUCER", null);
        String siret = given().auth().oauth2(TestTokens.admin()).get("/suppliers/" + id).path("siret");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(TestSuppliers.registration(siret).replace("\"deliveryRadiusKm\": 80", "\"deliveryRadiusKm\": " + radius))
                .put("/suppliers/" + id).then().statusCode(200);
        if (organic) {
            CertificationResourceTest.add(id, certificate("BIO", TODAY.minusYears(1), organicUntil, "[]", "[\"0999\"]"));
        }
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(OfferResourceTest.offer("09991000-4", months).replace("\"annualCapacity\": 12000", "\"annualCapacity\": " + capacity)
                        .replace("\"monthlyCapacity\": 2000", "\"monthlyCapacity\": null"))
                .post("/suppliers/" + id + "/offers").then().statusCode(201);
        return id;
    }

    private static String search(String query) {
        return "/supplier-matches?cpv=09990000-1&quantity=10000&months=10&months=11" + POINTS + query;
    }

    @Test
    void onlySuppliersThatServeEveryPointInEveryMonthWithEnoughCapacityMatch() {
        given().auth().oauth2(TestTokens.buyer()).get(search(""))
                .then().statusCode(200)
                .body("items.supplierId", hasItem(near)).body("items.supplierId", hasItem(bigNear))
                .body("items.supplierId", hasItem(lapsedOrganic))
                .body("items.supplierId", not(hasItem(smallRadius)))
                .body("items.supplierId", not(hasItem(summerOnly)))
                .body("items.supplierId", not(hasItem(tooSmall)));
    }

    @Test
    void theLargestCapacityMarginRanksFirstAndTheAnswerSaysDistanceAndMargin() {
        given().auth().oauth2(TestTokens.buyer()).get(search(""))
                .then().statusCode(200)
                .body("items[0].supplierId", equalTo(bigNear))
                .body("items[0].capacityMargin", equalTo(3.0f))
                .body("items[0].coverage", equalTo(1))
                .body("items[1].capacityMargin", equalTo(0.2f));
    }

    @Test
    void aRequiredLabelCountsOnlyCertificatesValidOnTheReferenceDate() {
        given().auth().oauth2(TestTokens.operator()).get(search("&label=BIO"))
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].supplierId", equalTo(near))
                .body("items[0].labels", equalTo(List.of("BIO")));
        given().auth().oauth2(TestTokens.operator()).get(search("&label=BIO&date=" + TODAY.minusDays(1)))
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void explainSaysWhyASupplierIsExcluded() {
        given().auth().oauth2(TestTokens.operator()).get(search("&explain=" + smallRadius))
                .then().statusCode(200)
                .body("explanation.matches", equalTo(false))
                .body("explanation.offers[0].exclusions[0]", containsString("beyond its 50 km radius"));
        given().auth().oauth2(TestTokens.operator()).get(search("&explain=" + summerOnly))
                .then().body("explanation.offers[0].exclusions[0]", equalTo("not available in months [10, 11]"));
        given().auth().oauth2(TestTokens.operator()).get(search("&explain=" + near))
                .then().body("explanation.matches", equalTo(true));
    }

    @Test
    void invalidCriteriaAreProblemsNamingTheParameter() {
        given().auth().oauth2(TestTokens.buyer()).get("/supplier-matches?cpv=9&quantity=1&months=1" + POINTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cpv"));
        given().auth().oauth2(TestTokens.buyer()).get("/supplier-matches?cpv=0999&quantity=1&months=13" + POINTS)
                .then().statusCode(400).body("errors[0].field", equalTo("months[0]"));
        given().auth().oauth2(TestTokens.buyer()).get("/supplier-matches?cpv=0999&quantity=1&months=1&point=91,2")
                .then().statusCode(400).body("errors[0].field", equalTo("point[0]"));
        given().auth().oauth2(TestTokens.buyer()).get("/supplier-matches?cpv=0999&quantity=1&months=1")
                .then().statusCode(400).body("errors[0].field", equalTo("point"));
        given().auth().oauth2(TestTokens.buyer()).get(search("&label=LOCAL"))
                .then().statusCode(400).body("errors[0].field", equalTo("label"));
    }

    @Test
    void aChangeIsFoundByTheNextSearchWithoutWaitingForThePoll() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String wanted = "/supplier-matches?cpv=09981&quantity=100&months=10" + POINTS;
        given().auth().oauth2(TestTokens.buyer()).get(wanted).then().statusCode(200).body("totalItems", equalTo(0));
        String offer = OfferResourceTest.publish(farm, OfferResourceTest.offer("09981000-2", "[10]"));
        given().auth().oauth2(TestTokens.buyer()).get(wanted).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].offerId", equalTo(offer));
        given().auth().oauth2(TestTokens.producer(farm)).delete("/suppliers/" + farm + "/offers/" + offer)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.buyer()).get(wanted).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
