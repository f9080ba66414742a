package fr.mutualim.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.localstack.Ports;
import fr.mutualim.localstack.TokenIssuer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs the run command itself (the launcher behind {@code ./mutualim up}) with the packaged services
 * and the demo data, uses the suite over HTTP, and stops it the way a user does, with Ctrl-C.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path home;
    private static Path output;
    private static Ports ports;
    private static Process launcher;

    @BeforeAll
    static void startTheSuite() throws Exception {
        home = Files.createTempDirectory("mutualim-e2e-");
        output = home.resolve("launcher.out");
        ports = Ports.allFree();
        String portList = ports.postgres() + "," + ports.kafka() + "," + ports.kafkaController() + ","
                + ports.supplier() + "," + ports.buyer() + "," + ports.lotPlanner() + "," + ports.egalimTracker();
        launcher = launcher("up", "--home", home.toString(), "--ports", portList)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!launcher.isAlive()) {
                throw new AssertionError("The launcher exited:\n" + Files.readString(output));
            }
            return Files.readString(output).contains("Mutualim is ready");
        });
    }

    @AfterAll
    static void stopTheSuiteIfATestLeftItRunning() {
        if (launcher != null && launcher.isAlive()) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void theDemoDataIsLoadedAndHasReachedTheReadModels() throws IOException {
        JsonNode demo = JSON.readTree(home.resolve("demo.json").toFile());
        assertEquals(40, demo.path("supplierIds").size());
        assertEquals(10, demo.path("canteenIds").size());
        String operator = token("operator");
        Stack.as(operator, ports.lotPlanner()).get("/suppliers?size=1")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(40));
        String canteen = demo.path("canteenIds").get(0).asText();
        Stack.as(operator, ports.egalimTracker()).get("/canteens/" + canteen + "/shares?year=" + LocalDate.now().getYear())
                .then().statusCode(200).body("canteenName", equalTo("École Jules Ferry"));
    }

    @Test
    @Order(2)
    void aSupplierRegisteredInSupplierServiceAppearsInLotPlannersReadModel() throws IOException {
        String id = Stack.as(token("admin"), ports.supplier()).body(Stack.supplier(Stack.siret()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Stack.as(token("operator"), ports.lotPlanner()).get("/suppliers/" + id).statusCode() == 200);
    }

    @Test
    @Order(3)
    void aPurchaseRecordedInBuyerServiceReachesEgalimTracker() throws IOException {
        JsonNode demo = JSON.readTree(home.resolve("demo.json").toFile());
        String canteen = demo.path("canteenIds").get(1).asText();
        String buyer = token("buyer");
        int year = LocalDate.now().getYear();
        int before = Stack.as(buyer, ports.egalimTracker()).get("/canteens/" + canteen + "/shares?year=" + year)
                .then().statusCode(200).extract().path("purchaseCount");
        Stack.as(buyer, ports.buyer()).body("""
                        {"date": "%s-01-02", "supplierName": "Ferme de bout en bout", "description": "Carottes",
                         "family": "FRUITS_ET_LEGUMES", "labels": ["BIO"], "amountExclTax": 12.34, "local": true}
                        """.formatted(year))
                .post("/canteens/" + canteen + "/purchases").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                (int) Stack.as(buyer, ports.egalimTracker()).get("/canteens/" + canteen + "/shares?year=" + year)
                        .path("purchaseCount") == before + 1);
    }

    @Test
    @Order(3)
    void aMaCantinePurchaseFileImportedInBuyerServiceGivesExactSharesInEgalimTracker() throws IOException {
        String admin = token("admin");
        String siret = Stack.siret();
        String canteen = Stack.as(admin, ports.buyer()).body("""
                {"siret": "%s", "name": "École de bout en bout", "type": "ECOLE", "postalCode": "62000",
                 "commune": "Arras", "inseeCode": "62041", "departmentCode": "62", "latitude": 50.29,
                 "longitude": 2.77, "mealsPerDay": 150}""".formatted(siret))
                .post("/canteens").then().statusCode(201).extract().path("id");
        // Organic; organic and Label Rouge (counted once, as organic); French and local, which never count.
        String file = "siret;description;fournisseur;date;prix_ht;famille_produits;categories_egalim;origine;"
                + "est_circuit_court;est_local;definition_local;definition_local_km\n"
                + siret + ";Pommes;GAEC des Trois Vallées;2025-03-14;100.00;FRUITS_ET_LEGUMES;BIO;FRANCE;OUI;x;KM;40\n"
                + siret + ";Poulet;Volailles du Ternois;2025-03-15;50.00;VIANDES_VOLAILLES;LABEL_ROUGE,BIO;FRANCE;;;;\n"
                + siret + ";Pâtes;Grossiste;2025-03-16;50.00;AUTRES;;FRANCE;;oui;DEPARTEMENT;\n";
        Stack.as(admin, ports.buyer()).contentType("text/csv; charset=UTF-8").body(file).post("/purchase-imports?mode=strict")
                .then().statusCode(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> (int) Stack.as(admin, ports.egalimTracker())
                .get("/canteens/" + canteen + "/shares?year=2025").path("purchaseCount") == 3);
        Stack.as(admin, ports.egalimTracker()).get("/canteens/" + canteen + "/shares?year=2025")
                .then().statusCode(200)
                .body("total", equalTo(200.00f)).body("bio", equalTo(150.00f)).body("bioPercent", equalTo(75.00f))
                .body("durableAndQualityPercent", equalTo(75.00f))
                .body("meatAndFish.total", equalTo(50.00f)).body("meatAndFish.egalim", equalTo(50.00f));
    }

    @Test
    @Order(3)
    void theDemoGroupHasAPublishedPlanThatBeatsOneLotPerCategoryAndItsProducerHasOpportunities() throws IOException {
        JsonNode demo = JSON.readTree(home.resolve("demo.json").toFile());
        String operator = token("operator");
        String planId = demo.path("planIds").get(0).asText();
        var plan = Stack.as(operator, ports.lotPlanner()).get("/plans/" + planId)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().jsonPath();
        double share = plan.getDouble("summary.shareWithKLocal");
        double baseline = plan.getDouble("summary.baseline.shareWithKLocal");
        assertTrue(share >= baseline + 20, "the plan puts far more value within local producers' reach: " + share
                + " % against " + baseline + " % for one lot per category");
        assertTrue(plan.getInt("egalim.current.purchaseLines") > 0, "the demo's year of purchases is beside the projection");
        assertTrue(plan.get("egalim.current.bioShare") != null && plan.get("egalim.bioShare") != null);
        Stack.as(operator, ports.lotPlanner()).get("/plans/" + planId + "/ocds")
                .then().statusCode(200).body("releases[0].tender.lots.size()", equalTo(plan.getInt("summary.lotCount")));
        String producer = demo.path("producerId").asText();
        Stack.as(token("producer"), ports.lotPlanner()).get("/suppliers/" + producer + "/opportunities")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    @Order(3)
    void fromSupplierAndDemandRegistrationToAPublishedPlanAndAProducersOpportunities() throws IOException {
        JsonNode demo = JSON.readTree(home.resolve("demo.json").toFile());
        String admin = token("admin");
        List<String> beekeepers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = Stack.as(admin, ports.supplier()).body(Stack.supplier(Stack.siret()))
                    .post("/suppliers").then().statusCode(201).extract().path("id");
            Stack.as(admin, ports.supplier()).body("""
                    {"productLabel": "Miel toutes fleurs", "cpvCode": "15831600-8", "family": "AUTRES", "unit": "KG",
                     "annualCapacity": 5000, "months": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                     "unitPriceExclTax": 11.50, "processingLevel": 1, "deliveryDays": ["TUESDAY"]}""")
                    .post("/suppliers/" + id + "/offers").then().statusCode(201);
            beekeepers.add(id);
        }
        // Two Arras canteens of the demo tender together for honey, in a group of their own.
        String jules = demo.path("canteenIds").get(0).asText();
        String robespierre = demo.path("canteenIds").get(2).asText();
        String group = UUID.randomUUID().toString();
        Stack.as(admin, ports.buyer()).body("""
                {"name": "Groupement miel d'Arras", "coordinator": "Ville d'Arras", "startDate": "2027-01-01",
                 "endDate": "2027-12-31", "memberCanteenIds": ["%s", "%s"]}""".formatted(jules, robespierre))
                .put("/purchasing-groups/" + group).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String campaigns = "/purchasing-groups/" + group + "/demand-campaigns";
        String campaign = Stack.as(admin, ports.buyer()).body("""
                {"name": "Miel 2027"}""").post(campaigns).then().statusCode(201).extract().path("campaignId");
        Stack.as(admin, ports.buyer()).body("""
                {"productLabel": "Miel", "cpvCode": "15831600-8", "family": "AUTRES", "unit": "KG",
                 "months": [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12], "deliveriesPerWeek": 1,
                 "estimatedUnitPriceExclTax": 12.00, "requiredLabel": null,
                 "quantities": [{"canteenId": "%s", "quantityPerYear": 50}, {"canteenId": "%s", "quantityPerYear": 80}]}
                """.formatted(jules, robespierre)).post(campaigns + "/" + campaign + "/lines").then().statusCode(201);
        Stack.as(admin, ports.buyer()).post(campaigns + "/" + campaign + "/submission").then().statusCode(200);

        // The campaign and the offers travel on different topics: plan once both have arrived.
        String request = """
                {"launchDate": "%s", "contractStart": "%s", "durationMonths": 12}"""
                .formatted(LocalDate.now(), LocalDate.now().plusMonths(3));
        String[] planId = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (Stack.as(admin, ports.lotPlanner()).get("/demand-campaigns/" + campaign).statusCode() != 200) {
                return false;
            }
            var plan = Stack.as(admin, ports.lotPlanner()).body(request).post("/demand-campaigns/" + campaign + "/plans")
                    .then().statusCode(201).extract().jsonPath();
            planId[0] = plan.getString("id");
            return plan.getList("lots.eligible.supplierId.flatten()").containsAll(beekeepers);
        });
        Stack.as(admin, ports.lotPlanner()).post("/plans/" + planId[0] + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        String beekeeper = TokenIssuer.in(home.resolve("keys")).mint("apiculteur@e2e",
                List.of("producer"), Map.of("supplier_id", beekeepers.get(0)), Duration.ofMinutes(10));
        Stack.as(beekeeper, ports.lotPlanner()).get("/suppliers/" + beekeepers.get(0) + "/opportunities")
                .then().statusCode(200).body("items.planId", hasItem(planId[0]))
                .body("items[0].mode", equalTo("ALONE"));
        Stack.as(beekeeper, ports.lotPlanner()).get("/suppliers/" + beekeepers.get(1) + "/opportunities")
                .then().statusCode(403);
    }

    @Test
    @Order(9)
    void ctrlCStopsEveryProcessTheLauncherStarted() throws Exception {
        // PostgreSQL is started through pg_ctl, which detaches it: find it by its data directory.
        List<ProcessHandle> started = new ArrayList<>(launcher.descendants().toList());
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(home.toString())).orElse(false))
                .filter(p -> !started.contains(p) && !p.equals(launcher.toHandle()))
                .forEach(started::add);
        assertTrue(started.stream().anyMatch(p -> p.info().commandLine().orElse("").contains("postgres")),
                "the PostgreSQL server is among the processes: " + started);
        assertTrue(started.size() >= 6, "postgres, kafka and four services: " + started);
        new ProcessBuilder("kill", "-INT", Long.toString(launcher.pid())).start().waitFor();
        assertTrue(launcher.waitFor(2, TimeUnit.MINUTES), "the launcher exits after Ctrl-C");
        await().atMost(Duration.ofSeconds(30)).until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
        assertTrue(Files.readString(output).contains("Stopped."));
    }

    private static String token(String user) throws IOException {
        try {
            Process process = launcher("token", user, "--home", home.toString()).redirectErrorStream(true).start();
            String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, process.waitFor(), token);
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The same java command line as the ./mutualim script's. */
    private static ProcessBuilder launcher(String... args) throws IOException {
        Path classes = Stack.root().resolve("deploy/local-stack/target/classes");
        String classpath = Files.readString(classes.resolve("fr/mutualim/localstack/runtime-classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmutualim.root=" + Stack.root(), "-cp", classes + ":" + classpath,
                "fr.mutualim.localstack.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
