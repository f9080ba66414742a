package fr.mutualim.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.localstack.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    @Order(4)
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
