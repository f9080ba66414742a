package fr.mutualim.supplier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class OfferImportResourceTest {

    private static final String HEADER = "supplier_siret,product_label,cpv_code,family,unit,annual_capacity,months,"
            + "monthly_capacity,unit_price_excl_tax,processing_level,delivery_days\n";
    private static final String APPLES = ",Pommes Golden,03222321-9,FRUITS_ET_LEGUMES,KG,12000,\"1-3;9-12\",2000,1.35,1,"
            + "\"TUESDAY,FRIDAY\"\n";
    private static final String YOGHURT = ",Yaourt nature,15551300-8,PRODUITS_LAITIERS,PIECE,50000,1-12,,0.32,2,MONDAY\n";

    private static ValidatableResponse upload(String token, String supplier, String mode, byte[] file) {
        return given().auth().oauth2(token).contentType("text/csv").body(file)
                .post("/suppliers/" + supplier + "/offer-imports" + (mode == null ? "" : "?mode=" + mode)).then();
    }

    private static ValidatableResponse upload(String supplier, String mode, String file) {
        return upload(TestTokens.producer(supplier), supplier, mode, file.getBytes(StandardCharsets.UTF_8));
    }

    /** The product labels of a supplier's active offers, sorted. */
    private static List<String> activeOffers(String supplier) {
        List<String> labels = given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + supplier + "/offers")
                .then().statusCode(200).extract().path("productLabel");
        return labels.stream().sorted().toList();
    }

    /** Registers a supplier with a SIRET of our own and returns {id, siret}. */
    private static String[] registerWithSiret(String kind, String cooperativeId) {
        String siret = TestSuppliers.newSiret();
        String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(TestSuppliers.registration(siret, kind, cooperativeId)).post("/suppliers")
                .then().statusCode(201).extract().path("id");
        return new String[] {id, siret};
    }

    @Test
    void aValidFilePublishesEveryOfferAndAnnouncesEachOne() {
        String farm = TestSuppliers.register("PRODUCER", null);
        var created = upload(farm, null, HEADER + APPLES + YOGHURT).statusCode(201)
                .body("mode", equalTo("STRICT")).body("separator", equalTo(","))
                .body("linesRead", equalTo(2)).body("offersPublished", equalTo(2)).body("linesRejected", equalTo(0))
                .body("errors.size()", equalTo(0))
                .extract();
        String importId = created.path("id");
        assertTrue(created.header("Location").endsWith("/suppliers/" + farm + "/offer-imports/" + importId));

        given().auth().oauth2(TestTokens.producer(farm)).get("/suppliers/" + farm + "/offer-imports/" + importId)
                .then().statusCode(200).body("offersPublished", equalTo(2));
        assertEquals(List.of("Pommes Golden", "Yaourt nature"), activeOffers(farm));
        JsonPath offers = given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + farm + "/offers")
                .then().statusCode(200).extract().jsonPath();
        String apples = "find { it.productLabel == 'Pommes Golden' }";
        assertEquals(List.of(1, 2, 3, 9, 10, 11, 12), offers.getList(apples + ".months"));
        assertEquals(List.of("TUESDAY", "FRIDAY"), offers.getList(apples + ".deliveryDays"));
        assertEquals(2000f, offers.getFloat(apples + ".monthlyCapacity"));
        assertNull(offers.get("find { it.productLabel == 'Yaourt nature' }.monthlyCapacity"));

        var events = TestKafka.read("suppliers.events", r -> farm.equals(r.key())
                && "fr.mutualim.supplier.offer-published.v1".equals(TestKafka.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(List.of("03222321-9", "15551300-8"),
                events.stream().map(r -> JsonPath.from(r.value()).getString("cpvCode")).toList());
    }

    /** Lines 3, 4 and 6 are bad: a CPV code; a unit and a decimal comma; a field too many. */
    private static final String MIXED = HEADER + APPLES
            + ",Carottes,0322100-6,FRUITS_ET_LEGUMES,KG,8000,9-12,,0.90,1,MONDAY\n"
            + ",Lait entier,15511000-3,PRODUITS_LAITIERS,LITRE,30000,1-12,,\"0,95\",1,MONDAY\n"
            + "\n"
            + YOGHURT.replace("MONDAY", "MONDAY,extra");

    @Test
    void inLenientModeTheGoodLinesArePublishedAndEveryBadOneIsReportedWithItsLineAndColumn() {
        String farm = TestSuppliers.register("PRODUCER", null);
        JsonPath answer = upload(farm, "lenient", MIXED + APPLES.replace("Pommes Golden", "Pommes Reinette"))
                .statusCode(201).body("mode", equalTo("LENIENT"))
                .body("linesRead", equalTo(5)).body("offersPublished", equalTo(2)).body("linesRejected", equalTo(3))
                .extract().jsonPath();
        assertEquals(List.of(3, 4, 4, 6), answer.getList("errors.line"));
        assertEquals(java.util.Arrays.asList("cpv_code", "unit", "unit_price_excl_tax", null),
                answer.getList("errors.column"));
        assertEquals("'0322100-6' is not a CPV code like 03222321-9", answer.getString("errors[0].message"));
        assertEquals("'LITRE' is not one of [KG, L, PIECE]", answer.getString("errors[1].message"));
        assertEquals("'0,95' uses a decimal comma; write 0.95", answer.getString("errors[2].message"));
        assertTrue(answer.getString("errors[3].message").startsWith("has 12 fields; the header has 11"));
        assertEquals(List.of("Pommes Golden", "Pommes Reinette"), activeOffers(farm));
    }

    @Test
    void inStrictModeOneBadLineRejectsTheWholeFileWithEveryErrorAndPublishesNothing() {
        String farm = TestSuppliers.register("PRODUCER", null);
        upload(farm, "strict", MIXED).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Strict mode: 3 of 4 line(s) rejected, nothing was imported"))
                .body("errors.line", equalTo(List.of(3, 4, 4, 6)))
                .body("errors[1].column", equalTo("unit"))
                .body("linesRead", equalTo(4)).body("linesRejected", equalTo(3));
        assertEquals(List.of(), activeOffers(farm));
        // a rejected file was not imported: sending it again is not a duplicate
        upload(farm, "lenient", MIXED).statusCode(201).body("offersPublished", equalTo(1));
    }

    @Test
    void aWrongHeaderNamesItsMissingAndUnknownColumnsAndNothingIsRead() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String header = "product_label,cpv,family,unit,annual_capacity,months,unit_price_excl_tax,processing_level,"
                + "delivery_days\n";
        upload(farm, "lenient", header + ",03222321-9,FRUITS_ET_LEGUMES,KG,1,1,1,1,MONDAY\n").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", equalTo(List.of(1, 1)))
                .body("errors.column", equalTo(List.of("cpv", "cpv_code")))
                .body("errors[0].message", equalTo("column 2 'cpv' is not a column of the offer file format"))
                .body("errors[1].message", equalTo("is missing"));
        upload(farm, "lenient", "").statusCode(400).body("errors[0].line", equalTo(1));
        assertEquals(List.of(), activeOffers(farm));
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkCrlfAndFrenchDaysIsRead() throws Exception {
        String farm = TestSuppliers.register("PRODUCER", null);
        String csv = "Product_Label;CPV_CODE;family;unit;annual_capacity;months;unit_price_excl_tax;processing_level;"
                + "delivery_days\r\n"
                + "Pommes Golden, calibre 70-75;03222321-9;FRUITS_ET_LEGUMES;kg;12000;1,2,3;1.35;1;mardi vendredi\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(csv.getBytes(StandardCharsets.UTF_8));
        upload(TestTokens.producer(farm), farm, null, bytes.toByteArray()).statusCode(201)
                .body("separator", equalTo(";")).body("offersPublished", equalTo(1));
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/" + farm + "/offers").then().statusCode(200)
                .body("[0].productLabel", equalTo("Pommes Golden, calibre 70-75"))
                .body("[0].months", equalTo(List.of(1, 2, 3)))
                .body("[0].deliveryDays", equalTo(List.of("TUESDAY", "FRIDAY")));
    }

    @Test
    void theSameFileSentTwiceToTheSameSupplierIsAConflictNamingTheFirstImport() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String first = upload(farm, "lenient", HEADER + APPLES).statusCode(201).extract().path("id");
        upload(farm, "strict", HEADER + APPLES).statusCode(409).contentType("application/problem+json")
                .body("duplicateOf", equalTo(first));
        assertEquals(List.of("Pommes Golden"), activeOffers(farm));
        String other = TestSuppliers.register("PRODUCER", null);
        upload(other, null, HEADER + APPLES).statusCode(201);
    }

    @Test
    void aCooperativePublishesOffersForItsMembers() {
        String cooperative = TestSuppliers.register("COOPERATIVE", null);
        String[] member = registerWithSiret("PRODUCER", cooperative);
        upload(cooperative, null, HEADER + APPLES + member[1] + YOGHURT).statusCode(201)
                .body("offersPublished", equalTo(2));
        assertEquals(List.of("Pommes Golden"), activeOffers(cooperative));
        assertEquals(List.of("Yaourt nature"), activeOffers(member[0]));
        var events = TestKafka.read("suppliers.events", r -> member[0].equals(r.key())
                && "fr.mutualim.supplier.offer-published.v1".equals(TestKafka.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
    }

    @Test
    void aLineForASupplierTheCallerMayNotManageIsRejectedWithItsReason() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String[] neighbour = registerWithSiret("PRODUCER", null);
        String unknown = TestSuppliers.newSiret();
        JsonPath answer = upload(farm, "lenient", HEADER + neighbour[1] + APPLES + unknown + YOGHURT + "123" + APPLES)
                .statusCode(201).body("offersPublished", equalTo(0)).body("linesRejected", equalTo(3))
                .extract().jsonPath();
        assertEquals(List.of("supplier_siret", "supplier_siret", "supplier_siret"), answer.getList("errors.column"));
        assertEquals("supplier " + neighbour[0] + " is neither supplier " + farm + " nor one of its cooperative's members",
                answer.getString("errors[0].message"));
        assertEquals("no registered supplier has SIRET " + unknown, answer.getString("errors[1].message"));
        assertEquals("'123' is not a SIRET: must be exactly 14 digits", answer.getString("errors[2].message"));
        assertEquals(List.of(), activeOffers(neighbour[0]));
    }

    @Test
    void aMemberMayNotUploadIntoItsCooperative() {
        String cooperative = TestSuppliers.register("COOPERATIVE", null);
        String[] member = registerWithSiret("PRODUCER", cooperative);
        String[] otherMember = registerWithSiret("PRODUCER", cooperative);
        upload(TestTokens.producer(member[0]), cooperative, null, (HEADER + otherMember[1] + APPLES)
                .getBytes(StandardCharsets.UTF_8)).statusCode(403).contentType("application/problem+json");
        assertEquals(List.of(), activeOffers(otherMember[0]));
    }

    @Test
    void anotherSuppliersPathIsForbiddenAndNothingIsRead() {
        String farm = TestSuppliers.register("PRODUCER", null);
        String intruder = TestSuppliers.register("PRODUCER", null);
        upload(TestTokens.producer(intruder), farm, null, (HEADER + APPLES).getBytes(StandardCharsets.UTF_8))
                .statusCode(403).contentType("application/problem+json");
        upload(TestTokens.buyer(), farm, null, (HEADER + APPLES).getBytes(StandardCharsets.UTF_8)).statusCode(403);
        assertEquals(List.of(), activeOffers(farm));
        upload(farm, "sloppy", HEADER + APPLES).statusCode(400).body("errors[0].field", containsString("mode"));
    }
}
