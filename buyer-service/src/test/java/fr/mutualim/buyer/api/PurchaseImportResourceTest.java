package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.BuyerFixtures.data;
import static fr.mutualim.buyer.api.BuyerFixtures.nextSiret;
import static fr.mutualim.buyer.api.BuyerFixtures.purchaseEvents;
import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.buyer.domain.Purchase;
import fr.mutualim.buyer.messaging.BuyerEvents;
import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestKafka;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PurchaseImportResourceTest {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private static final String TWELVE = "siret;description;fournisseur;date;prix_ht;famille_produits;categories_egalim;"
            + "origine;est_circuit_court;est_local;definition_local;definition_local_km\n";
    private static final String IN_TWO_DAYS = LocalDate.now().plusDays(2).toString();

    @Test
    void aSemicolonFileOfTheCurrentFormatIsImportedAndEachLineAnnounced() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String file = TWELVE
                + siret + ";Pommes Golden;GAEC des Trois Vallées;2026-03-14;412.50;FRUITS_ET_LEGUMES;BIO,IGP;FRANCE;OUI;x;KM;40\n"
                + siret + ";Lait entier;Coop laitière;2026-03-15;99.9;PRODUITS_LAITIERS;;EUROPE;non;;;\n";
        String location = post(file, "strict", TestTokens.buyer(canteen))
                .then().statusCode(202).body("linesRead", equalTo(2)).body("format", equalTo("WITH_LOCAL_DISTANCE"))
                .body("separator", equalTo(";")).body("mode", equalTo("STRICT"))
                .extract().header("Location");
        JsonPath done = awaitFinished(location, TestTokens.buyer(canteen));
        assertEquals("SUCCEEDED", done.getString("status"));
        assertEquals(2, done.getInt("linesImported"));

        given().auth().oauth2(TestTokens.buyer(canteen)).get("/canteens/" + canteen + "/purchases")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].labels", equalTo(List.of("BIO", "IGP", "FRANCE", "CIRCUIT_COURT", "LOCAL")))
                .body("items[0].localDistanceKm", equalTo(40));
        List<ConsumerRecord<String, String>> events = purchaseEvents(canteen, 2);
        assertEquals(2, events.size());
        assertEquals("fr.mutualim.buyer.purchase-recorded.v1", TestKafka.header(events.get(0), "ce_type"));
        assertEquals(new BigDecimal("99.90"), events.stream().map(BuyerFixtures::data)
                .filter(d -> d.getString("family").equals("PRODUITS_LAITIERS")).findFirst().orElseThrow()
                .get("amountExclTax"));
        assertEquals("KM", data(events.stream().filter(e -> e.value().contains("Pommes")).findFirst().orElseThrow())
                .getString("localDefinition"));
    }

    /** Imported lines bypass Outbox.append (COPY): their events must be the very ones it would write. */
    @Test
    void eachImportedLineIsAnnouncedExactlyAsOutboxAppendWouldAnnounceItsPurchase() throws Exception {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String file = TWELVE + siret + ";Pâté \\ maison\tcampagne;Charcuterie Dupont;2026-03-14;12.5;CHARCUTERIE;"
                + "FERMIER;;;oui;PAT;\n";
        String location = post(file, "strict", TestTokens.admin()).then().statusCode(202).extract().header("Location");
        assertEquals("SUCCEEDED", awaitFinished(location, TestTokens.admin()).getString("status"));

        ConsumerRecord<String, String> event = purchaseEvents(canteen, 1).get(0);
        UUID purchaseId = UUID.fromString(data(event).getString("purchaseId"));
        OutgoingEvent expected = QuarkusTransaction.requiringNew().call(() ->
                BuyerEvents.purchaseRecorded(em.find(Purchase.class, purchaseId)));
        assertEquals(mapper.writeValueAsString(expected.data()), event.value());
        assertEquals(expected.aggregateId(), event.key());
        assertEquals(expected.type(), TestKafka.header(event, "ce_type"));
        assertEquals(expected.subject(), TestKafka.header(event, "ce_subject"));
        assertEquals("Pâté \\ maison\tcampagne", data(event).getString("description"));
    }

    /** purchase.import_id has no foreign key (V8): the import must hold the reference by itself. */
    @Test
    void everyImportedLineNamesItsImportWhichIsStored() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String location = post(goodLines(siret, 3), "strict", TestTokens.admin()).then().statusCode(202)
                .extract().header("Location");
        assertEquals("SUCCEEDED", awaitFinished(location, TestTokens.admin()).getString("status"));
        UUID importId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        List<?> namedImports = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select distinct p.import_id from purchase p join purchase_import i on i.id = p.import_id "
                                + "where p.canteen_id = ?1")
                .setParameter(1, UUID.fromString(canteen)).getResultList());
        assertEquals(List.of(importId), namedImports);
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("totalItems", equalTo(3));
    }

    /** The lines are inserted while the file is checked: a bad last line must still leave nothing behind. */
    @Test
    void aStrictFileWhoseLastLineIsBadStoresNothingThoughItsFirstChunksWereAlreadyInserted() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String file = goodLines(siret, 12_000) + siret + ";Date future;Ferme;" + IN_TWO_DAYS + ";10.00;AUTRES;;;;;;\n";
        JsonPath rejected = post(file, "strict", TestTokens.admin()).then().statusCode(202).extract().jsonPath();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(List.of(12_002), rejected.getList("errors.line"));
        awaitEarlierImportsDone();
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aLenientFileWhoseLastLineNamesACanteenTheBuyerDoesNotReachStoresNothing() {
        String mine = nextSiret();
        String theirs = nextSiret();
        String myCanteen = registerCanteen(mine);
        registerCanteen(theirs);
        String file = goodLines(mine, 12_000) + theirs + ";Navets;Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;;;;;;\n";
        post(file, "lenient", TestTokens.buyer(myCanteen)).then().statusCode(403).body("errors[0].line", equalTo(12_002));
        awaitEarlierImportsDone();
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + myCanteen + "/purchases")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aCommaFileWithAByteOrderMarkAndQuotedCategoriesIsImported() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String file = "\uFEFFsiret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,origine,"
                + "est_circuit_court,est_local,definition_local\r\n"
                + siret + ",\"Steak haché, bœuf\",Boucherie Martin,2026-02-01,1200.00,VIANDES_VOLAILLES,\"LABEL_ROUGE, HVE\",FRANCE,,oui,AUTOUR_SERVICE\r\n";
        String location = post(file, "lenient", TestTokens.admin()).then().statusCode(202)
                .body("format", equalTo("WITH_AROUND_SERVICE")).body("separator", equalTo(",")).extract().header("Location");
        assertEquals("SUCCEEDED", awaitFinished(location, TestTokens.admin()).getString("status"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("items[0].description", equalTo("Steak haché, bœuf"))
                .body("items[0].labels", equalTo(List.of("LABEL_ROUGE", "HVE", "FRANCE", "LOCAL")))
                .body("items[0].localDefinition", equalTo("AUTOUR_SERVICE"));
    }

    @Test
    void aTabSeparatedFileOfTheOldFormatNamingCanteensByIdIsImported() {
        String canteen = registerCanteen();
        String file = "cantine_id\tdescription\tfournisseur\tdate\tprix_ht\tfamille_produits\tcaracteristiques\tdefinition_local\n"
                + canteen + "\tYaourts\tFerme du Bois\t2026-01-10\t45.00\tPRODUITS_LAITIERS\tBIO,LOCAL\tDEPARTEMENT\n";
        String location = post(file, "strict", TestTokens.admin()).then().statusCode(202)
                .body("format", equalTo("WITH_CHARACTERISTICS")).body("separator", equalTo("\\t")).extract().header("Location");
        assertEquals(1, awaitFinished(location, TestTokens.admin()).getInt("linesImported"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("items[0].local", equalTo(true)).body("items[0].labels", equalTo(List.of("BIO", "LOCAL")));
    }

    @Test
    void aWrongHeaderIsABadRequestOnLineOneNamingTheColumn() {
        post(TWELVE.replace("prix_ht", "montant") + nextSiret() + ";x;y;2026-01-01;1;AUTRES;;;;;;\n", "strict",
                TestTokens.admin())
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo("prix_ht"))
                .body("errors[0].message", containsString("montant"));
        post("", "strict", TestTokens.admin()).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("body"));
        post(TWELVE, "sloppy", TestTokens.admin()).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("mode"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheFirstBadLine() {
        String siret = nextSiret();
        registerCanteen(siret);
        byte[] latin1 = (TWELVE + siret + ";Crème fraîche;Laiterie;2026-03-01;10.00;PRODUITS_LAITIERS;;;;;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(latin1).post("/purchase-imports")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].line", equalTo(2))
                .body("detail", containsString("not UTF-8"));
    }

    @Test
    void strictModeRejectsTheWholeFileAndReportsEveryBadLineWithItsColumn() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        ExtractableResponse<Response> answer = post(badFile(siret), "strict", TestTokens.admin())
                .then().statusCode(202).extract();
        JsonPath rejected = answer.jsonPath();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(8, rejected.getInt("linesRead"));
        assertEquals(7, rejected.getInt("errorCount"));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), rejected.getList("errors.line"));
        assertEquals(List.of("famille_produits", "categories_egalim", "date", "prix_ht", "prix_ht",
                "definition_local_km", "siret"), rejected.getList("errors.column"));
        assertEquals("REJECTED", given().auth().oauth2(TestTokens.admin()).get(answer.header("Location"))
                .then().statusCode(200).extract().path("status"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void lenientModeImportsTheGoodLinesAndListsTheBadOnes() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String location = post(badFile(siret), "lenient", TestTokens.admin()).then().statusCode(202)
                .body("status", equalTo("RUNNING")).extract().header("Location");
        JsonPath done = awaitFinished(location, TestTokens.admin());
        assertEquals("SUCCEEDED", done.getString("status"));
        assertEquals(1, done.getInt("linesImported"));
        assertEquals(7, done.getInt("errorCount"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen + "/purchases")
                .then().body("totalItems", equalTo(1)).body("items[0].description", equalTo("Bonne ligne"));
    }

    @Test
    void theSameFileTwiceIsRefusedWithAReferenceToTheFirstImport() {
        String siret = nextSiret();
        registerCanteen(siret);
        String file = TWELVE + siret + ";Carottes;Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;;;;;;\n";
        String location = post(file, "strict", TestTokens.admin()).then().statusCode(202).extract().header("Location");
        awaitFinished(location, TestTokens.admin());
        post(file, "lenient", TestTokens.admin()).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("duplicateOf", equalTo(location.substring(location.lastIndexOf('/') + 1)))
                .body("detail", containsString("already imported"));
    }

    @Test
    void aFileNamingACanteenTheBuyerDoesNotReachIsForbiddenAndImportsNothing() {
        String mine = nextSiret();
        String theirs = nextSiret();
        String myCanteen = registerCanteen(mine);
        String theirCanteen = registerCanteen(theirs);
        String file = TWELVE + mine + ";Carottes;Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;;;;;;\n"
                + theirs + ";Navets;Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;;;;;;\n";
        post(file, "lenient", TestTokens.buyer(myCanteen)).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("siret"));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + myCanteen + "/purchases")
                .then().body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + theirCanteen + "/purchases")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void anImportIsReadableOnlyByWhoSentItAndByAdmins() {
        String siret = nextSiret();
        String canteen = registerCanteen(siret);
        String location = post(TWELVE + siret + ";Poires;Verger;2026-03-02;8.00;FRUITS_ET_LEGUMES;;;;;;\n", "strict",
                TestTokens.buyer(canteen)).then().statusCode(202).extract().header("Location");
        given().auth().oauth2(TestTokens.operator()).get(location).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.admin()).get(location).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/purchase-imports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    /** Imports run one after the other: once a new one has finished, those sent before it have too. */
    private static void awaitEarlierImportsDone() {
        String siret = nextSiret();
        registerCanteen(siret);
        String location = post(goodLines(siret, 1), "strict", TestTokens.admin()).then().statusCode(202)
                .extract().header("Location");
        assertEquals("SUCCEEDED", awaitFinished(location, TestTokens.admin()).getString("status"));
    }

    /** The header and {@code count} good lines, each its own description. */
    private static String goodLines(String siret, int count) {
        StringBuilder file = new StringBuilder(TWELVE);
        for (int i = 1; i <= count; i++) {
            file.append(siret).append(";Carottes lot ").append(i).append(";Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;;;;;;\n");
        }
        return file.toString();
    }

    /** One good line (line 2) and one line per kind of error (lines 3 to 9). */
    private static String badFile(String siret) {
        return TWELVE
                + siret + ";Bonne ligne;Ferme;2026-03-01;10.00;FRUITS_ET_LEGUMES;BIO;;;;;\n"
                + siret + ";Famille inconnue;Ferme;2026-03-01;10.00;LEGUMES;;;;;;\n"
                + siret + ";Label inconnu;Ferme;2026-03-01;10.00;AUTRES;BIOLOGIQUE;;;;;\n"
                + siret + ";Date future;Ferme;" + IN_TWO_DAYS + ";10.00;AUTRES;;;;;;\n"
                + siret + ";Montant négatif;Ferme;2026-03-01;-10.00;AUTRES;;;;;;\n"
                + siret + ";Virgule décimale;Ferme;2026-03-01;10,50;AUTRES;;;;;;\n"
                + siret + ";KM sans distance;Ferme;2026-03-01;10.00;AUTRES;;;;oui;KM;\n"
                + "99999999999999;SIRET inconnu;Ferme;2026-03-01;10.00;AUTRES;;;;;;\n";
    }

    private static Response post(String file, String mode, String token) {
        return given().auth().oauth2(token).contentType("text/csv; charset=utf-8")
                .body(file.getBytes(StandardCharsets.UTF_8)).queryParam("mode", mode).post("/purchase-imports");
    }

    private static JsonPath awaitFinished(String location, String token) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !"RUNNING".equals(given().auth().oauth2(token).get(location).then().statusCode(200)
                        .extract().path("status")));
        return given().auth().oauth2(token).get(location).then().body("finishedAt", endsWith("Z")).extract().jsonPath();
    }
}
