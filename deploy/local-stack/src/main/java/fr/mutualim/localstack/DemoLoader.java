package fr.mutualim.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads {@link DemoData} through the services' public APIs, as a user's tools would, then waits
 * until the events have reached the read models of lot-planner and egalim-tracker. Records what it
 * created in {@code demo.json} so that a second start neither loads twice nor forgets the ids.
 */
final class DemoLoader {

    static final String DEMO_FILE = "demo.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROPAGATION_TIMEOUT = Duration.ofMinutes(2);

    private final LocalStack stack;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    DemoLoader(LocalStack stack, Consumer<String> progress) {
        this.stack = stack;
        this.progress = progress;
        this.token = stack.tokens().mint("demo-loader", List.of("admin"), Map.of(), Duration.ofHours(1));
    }

    /** The ids of the demo data, or null if it was never loaded in this home. */
    static DemoIds read(Path home) throws IOException {
        Path file = home.resolve(DEMO_FILE);
        return Files.exists(file) ? JSON.readValue(file.toFile(), DemoIds.class) : null;
    }

    DemoIds load() throws IOException {
        DemoData data = new DemoData();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        progress.accept("Loading demo data: " + data.suppliers().size() + " suppliers with their certificates and "
                + "offers, " + data.canteens().size() + " canteens, a year of purchases ...");
        List<String> supplierIds = new ArrayList<>();
        URI suppliers = stack.url(ServiceKind.SUPPLIER).resolve("/suppliers");
        for (int i = 0; i < data.suppliers().size(); i++) {
            String id = post(suppliers, data.suppliers().get(i));
            supplierIds.add(id);
            for (Map<String, Object> certificate : data.certificationsOf(i, yesterday.plusDays(1))) {
                post(suppliers.resolve("/suppliers/" + id + "/certifications"), certificate);
            }
            for (Map<String, Object> offer : data.offersOf(i)) {
                post(suppliers.resolve("/suppliers/" + id + "/offers"), offer);
            }
        }
        List<String> canteenIds = new ArrayList<>();
        for (Map<String, Object> canteen : data.canteens()) {
            canteenIds.add(post(stack.url(ServiceKind.BUYER).resolve("/canteens"), canteen));
        }
        String groupId = UUID.randomUUID().toString();
        put(stack.url(ServiceKind.BUYER).resolve("/purchasing-groups/" + groupId), Map.of(
                "name", "Groupement de commandes de l'Artois et du Boulonnais",
                "coordinator", "Département du Pas-de-Calais",
                "startDate", LocalDate.of(yesterday.getYear(), 1, 1).toString(),
                "endDate", LocalDate.of(yesterday.getYear() + 3, 12, 31).toString(),
                "memberCanteenIds", canteenIds));
        int purchases = loadPurchases(data, canteenIds, yesterday);
        progress.accept("Recorded " + purchases + " purchases; waiting for the events to reach the read models ...");
        awaitPropagation(supplierIds.size(), canteenIds, purchases);
        String campaignId = submitCampaign(data, groupId, canteenIds);
        JsonNode plan = planAndPublish(campaignId);
        DemoIds ids = new DemoIds(supplierIds, canteenIds, List.of(groupId), purchases, List.of(campaignId),
                List.of(plan.path("id").asText()), opportunityHolder(plan, supplierIds.get(0)));
        JSON.writerWithDefaultPrettyPrinter().writeValue(stack.options().home().resolve(DEMO_FILE).toFile(), ids);
        return ids;
    }

    /** The group's next tender: a demand campaign with every product, submitted to buyer-service. */
    private String submitCampaign(DemoData data, String groupId, List<String> canteenIds) throws IOException {
        URI campaigns = stack.url(ServiceKind.BUYER).resolve("/purchasing-groups/" + groupId + "/demand-campaigns");
        String campaignId = post(campaigns, Map.of("name", "Denrées alimentaires " + (LocalDate.now().getYear() + 1)
                        + "-" + (LocalDate.now().getYear() + 4),
                "description", "Restauration collective des membres du groupement"), "campaignId");
        List<Map<String, Object>> lines = data.demandLines(canteenIds);
        for (Map<String, Object> line : lines) {
            post(campaigns.resolve(campaigns.getPath() + "/" + campaignId + "/lines"), line, "lineId");
        }
        postForOk(campaigns.resolve(campaigns.getPath() + "/" + campaignId + "/submission"));
        progress.accept("Submitted a demand campaign of " + lines.size() + " lines for " + canteenIds.size()
                + " canteens; planning its lots ...");
        return campaignId;
    }

    /** Plans the campaign in lot-planner once it has the campaign, and publishes the plan. */
    private JsonNode planAndPublish(String campaignId) throws IOException {
        URI planner = stack.url(ServiceKind.LOT_PLANNER);
        long deadline = System.nanoTime() + PROPAGATION_TIMEOUT.toNanos();
        while (status(planner.resolve("/demand-campaigns/" + campaignId)) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IOException("lot-planner did not receive campaign " + campaignId + " in " + PROPAGATION_TIMEOUT);
            }
            pause();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String planId = post(planner.resolve("/demand-campaigns/" + campaignId + "/plans"), Map.of(
                "launchDate", today.toString(),
                "contractStart", today.plusMonths(4).withDayOfMonth(1).toString(),
                "durationMonths", 48), "id");
        JsonNode plan = postForOk(planner.resolve("/plans/" + planId + "/publication"));
        JsonNode summary = plan.path("summary");
        progress.accept("Published plan " + planId + ": " + summary.path("lotCount").asInt() + " lots, "
                + summary.path("shareWithKLocal").asText() + " % of the value in lots local producers can win "
                + "(one lot per category: " + summary.path("baseline").path("lotCount").asInt() + " lots, "
                + summary.path("baseline").path("shareWithKLocal").asText() + " %)");
        JsonNode egalim = plan.path("egalim");
        JsonNode current = egalim.path("current");
        progress.accept("EGAlim of the group's canteens: bio " + current.path("bioShare").asText() + " %, durable and "
                + "quality " + current.path("durableAndQualityShare").asText() + " % over the last 12 months ("
                + current.path("purchaseLines").asLong() + " purchase lines); with this plan's best suppliers: bio "
                + egalim.path("bioShare").asText() + " %, durable and quality "
                + egalim.path("durableAndQualityShare").asText() + " %");
        return plan;
    }

    /** A producer eligible for a published lot, so that the demo producer has opportunities to look at. */
    private static String opportunityHolder(JsonNode plan, String fallback) {
        for (JsonNode lot : plan.path("lots")) {
            for (JsonNode supplier : lot.path("eligible")) {
                if ("PRODUCER".equals(supplier.path("kind").asText())) {
                    return supplier.path("supplierId").asText();
                }
            }
        }
        return fallback;
    }

    private int loadPurchases(DemoData data, List<String> canteenIds, LocalDate yesterday) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> posted = new ArrayList<>();
            for (int i = 0; i < canteenIds.size(); i++) {
                URI uri = stack.url(ServiceKind.BUYER).resolve("/canteens/" + canteenIds.get(i) + "/purchases");
                for (Map<String, Object> purchase : data.purchasesOf(i, yesterday)) {
                    posted.add(pool.submit(() -> post(uri, purchase)));
                }
            }
            for (int i = 0; i < posted.size(); i++) {
                posted.get(i).get();
                if ((i + 1) % 250 == 0) {
                    progress.accept("  " + (i + 1) + "/" + posted.size() + " purchases");
                }
            }
            return posted.size();
        } catch (Exception e) {
            throw new IOException("Loading demo purchases failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitPropagation(int suppliers, List<String> canteenIds, int purchases) throws IOException {
        long deadline = System.nanoTime() + PROPAGATION_TIMEOUT.toNanos();
        while (true) {
            long known = get(stack.url(ServiceKind.LOT_PLANNER).resolve("/suppliers?size=1")).path("totalItems").asLong();
            long counted = 0;
            for (String canteen : canteenIds) {
                for (int year : new int[] {LocalDate.now().getYear() - 1, LocalDate.now().getYear()}) {
                    JsonNode shares = get(stack.url(ServiceKind.EGALIM_TRACKER)
                            .resolve("/canteens/" + canteen + "/shares?year=" + year));
                    counted += shares.path("purchaseCount").asLong();
                }
            }
            if (known >= suppliers && counted >= purchases) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Demo data did not reach the read models in " + PROPAGATION_TIMEOUT
                        + " (lot-planner knows " + known + " suppliers, egalim-tracker counted " + counted + " purchases)");
            }
            pause();
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private String post(URI uri, Map<String, Object> body) throws IOException {
        return post(uri, body, "id");
    }

    /** POSTs a creation and returns the new resource's id, read from the answer's {@code idField}. */
    private String post(URI uri, Map<String, Object> body, String idField) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201) {
            throw new IOException("POST " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path(idField).asText();
    }

    /** POSTs a command without a body (a submission, a publication) that must answer 200. */
    private JsonNode postForOk(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("POST " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private int status(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        return send(request).statusCode();
    }

    private void put(URI uri, Map<String, Object> body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IOException("PUT " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private JsonNode get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        return JSON.readTree(send(request).body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /** What the demo load created. */
    record DemoIds(List<String> supplierIds, List<String> canteenIds, List<String> groupIds, int purchases,
                   List<String> campaignIds, List<String> planIds, String producerId) {
    }
}
