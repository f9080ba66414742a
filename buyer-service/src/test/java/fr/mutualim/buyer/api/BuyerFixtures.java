package fr.mutualim.buyer.api;

import static io.restassured.RestAssured.given;

import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Readable fixtures shared by the buyer-service tests: canteens, purchase lines, events. */
final class BuyerFixtures {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final AtomicLong SIRETS = new AtomicLong(21620041000000L + System.nanoTime() % 10_000 * 1000);

    private BuyerFixtures() {
    }

    /** Registers a canteen (as admin) and returns its id. */
    static String registerCanteen() {
        return registerCanteen(nextSiret());
    }

    static String registerCanteen(String siret) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(canteen(siret))
                .post("/canteens").then().statusCode(201).extract().path("id");
    }

    static String nextSiret() {
        return Long.toString(SIRETS.incrementAndGet());
    }

    static String canteen(String siret) {
        return """
                {"siret": "%s", "name": "École Jules Ferry", "type": "ECOLE", "postalCode": "62000",
                 "commune": "Arras", "inseeCode": "62041", "departmentCode": "62",
                 "latitude": 50.291, "longitude": 2.777, "mealsPerDay": 320}
                """.formatted(siret);
    }

    /** The canteen events (registered, updated) of one canteen, waiting until {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> canteenEvents(String canteen, int expected) {
        return TestKafka.read("canteens.events", r -> canteen.equals(r.key()), expected, Duration.ofSeconds(30));
    }

    static String purchase(String date, String labels, String amount) {
        return """
                {"date": "%s", "supplierName": "GAEC des Trois Vallées", "supplierSiret": "73282932000074",
                 "description": "Pommes Golden", "family": "FRUITS_ET_LEGUMES", "labels": %s,
                 "amountExclTax": %s, "local": true}
                """.formatted(date, labels, amount);
    }

    /** Records a purchase (as admin) and returns its id. */
    static String recordPurchase(String canteen, String amount) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(purchase("2026-03-14", "[\"BIO\"]", amount))
                .post("/canteens/" + canteen + "/purchases").then().statusCode(201).extract().path("id");
    }

    /** The events of one canteen's purchases, waiting until {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> purchaseEvents(String canteen, int expected) {
        return TestKafka.read("purchases.events", r -> canteen.equals(r.key()), expected, Duration.ofSeconds(30));
    }

    /** A purchasing group's whole state as JSON, members in the given order. */
    static String group(String name, String startDate, String endDate, String... members) {
        String ids = Arrays.stream(members).map(m -> "\"" + m + "\"").collect(Collectors.joining(", "));
        return """
                {"name": "%s", "coordinator": "Département du Pas-de-Calais", "startDate": "%s", "endDate": "%s",
                 "memberCanteenIds": [%s]}
                """.formatted(name, startDate, endDate, ids);
    }

    /** Creates or replaces a purchasing group as admin; returns the status code. */
    static int putGroup(String groupId, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/purchasing-groups/" + groupId).then().extract().statusCode();
    }

    /** The events of one purchasing group, waiting until {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> groupEvents(String groupId, int expected) {
        return TestKafka.read("groups.events", r -> groupId.equals(r.key()), expected, Duration.ofSeconds(30));
    }

    /** Event data with exact decimals, as consumers must read them. */
    static JsonPath data(ConsumerRecord<String, String> event) {
        return JsonPath.from(event.value()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
