package fr.mutualim.benchmarks;

import fr.mutualim.localstack.EmbeddedDatabase;
import fr.mutualim.localstack.LocalStack;
import fr.mutualim.localstack.Ports;
import fr.mutualim.localstack.ServiceKind;
import fr.mutualim.localstack.Sirets;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * buyer-service's ma-cantine purchase import (issue 4) against PostgreSQL {@code COPY}, in one run
 * on the local stack:
 *
 * <ol>
 *   <li>registers {@code canteens} canteens through {@code POST /canteens}, and writes a
 *       {@code lines}-line file in the current 12-column ma-cantine format to a temporary file
 *       (streamed: realistic families, EGAlim labels, origins, local definitions, dates in the past
 *       year, spread over the canteens);</li>
 *   <li><b>baseline</b>: reads the same file back, converts each line on the fly to the columns of
 *       buyer-service's {@code purchase} table (canteen id from the SIRET, labels as the service
 *       stores them, amount with two decimals ...) and {@code COPY}s the rows into a plain table with
 *       those columns and no index, key or constraint but NOT NULL, in buyer-service's database;</li>
 *   <li><b>service</b>: uploads the file to {@code POST /purchase-imports?mode=lenient} (streamed
 *       from disk) and polls {@code GET /purchase-imports/{id}} until SUCCEEDED; the rate is lines
 *       over the time from the upload's start to SUCCEEDED (validation pass, insertion pass, one
 *       {@code outbox_event} row per purchase, commit); meanwhile the peak resident memory of
 *       buyer-service's JVM is read from {@code /proc/<pid>/status} ({@code VmHWM}, reset just before
 *       the upload);</li>
 *   <li>then, for information, how long the outbox relay takes to publish the import's events.</li>
 * </ol>
 *
 * <p>Run: {@code ./mutualim bench import [lines] [canteens] [drain-seconds]} (see docs/benchmarks.md).
 */
public final class PurchaseImportBenchmark {

    static final String HEADER = "siret;description;fournisseur;date;prix_ht;famille_produits;categories_egalim;"
            + "origine;est_circuit_court;est_local;definition_local;definition_local_km";
    /** PurchaseLabel in declaration order: the service stores a purchase's labels sorted that way. */
    private static final List<String> LABEL_ORDER = List.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE", "FRANCE", "EUROPE",
            "CIRCUIT_COURT", "LOCAL");
    /** Family, weight (share of lines in %), a few products. */
    private static final Object[][] FAMILIES = {
        {"FRUITS_ET_LEGUMES", 26, new String[] {"Pommes Golden", "Carottes", "Pommes de terre", "Salade batavia",
            "Poireaux", "Tomates grappe", "Bananes", "Oranges", "Courgettes", "Endives"}},
        {"PRODUITS_LAITIERS", 18, new String[] {"Yaourt nature", "Lait demi-écrémé", "Emmental râpé", "Fromage blanc",
            "Beurre doux", "Camembert", "Crème fraîche"}},
        {"VIANDES_VOLAILLES", 17, new String[] {"Filet de poulet", "Bœuf haché 15 %", "Sauté de porc", "Cuisse de dinde",
            "Rôti de veau", "Émincé de bœuf"}},
        {"BOULANGERIE", 10, new String[] {"Pain de campagne", "Baguette", "Pain de mie", "Farine T65", "Brioche"}},
        {"PRODUITS_DE_LA_MER", 8, new String[] {"Filet de colin", "Dos de cabillaud", "Saumon", "Filet de merlu"}},
        {"AUTRES", 10, new String[] {"Pâtes coquillettes", "Riz long", "Huile de colza", "Lentilles vertes",
            "Compote de pommes", "Sucre en poudre"}},
        {"CHARCUTERIE", 6, new String[] {"Jambon blanc", "Saucisson sec", "Pâté de campagne", "Rillettes"}},
        {"BOISSONS", 5, new String[] {"Jus de pomme", "Eau minérale", "Jus d'orange"}},
    };
    /** categories_egalim, weighted by repetition: most lines carry none. */
    private static final String[] EGALIM = {"", "", "", "", "", "", "", "", "", "", "BIO", "BIO", "BIO", "BIO",
        "LABEL_ROUGE", "LABEL_ROUGE", "AOCAOP", "IGP", "HVE", "HVE", "FERMIER", "COMMERCE_EQUITABLE",
        "PECHE_DURABLE", "BIO,COMMERCE_EQUITABLE", "LABEL_ROUGE,IGP", "BIO,FERMIER", "STG", "RUP"};
    private static final String[] SUPPLIERS = {"GAEC des Trois Vallées", "Ferme du Ternois", "Primeurs d'Artois",
        "Laiterie de la Canche", "Boucherie Lefebvre", "Pêcheries de Boulogne", "Boulangerie Dumont",
        "Coop Hauts-de-France", "Grossiste Alimentaire Nord", "Épicerie Solidaire d'Arras", "Volailles de Licques",
        "Fromagerie du Boulonnais"};
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private PurchaseImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int canteenCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int drainSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path root = Path.of(System.getProperty("mutualim.root", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("mutualim-bench-");
        Path csv = Files.createTempFile("ma-cantine-bench-", ".csv");
        System.out.printf("Import benchmark: %d ma-cantine lines over %d canteens, on %d cores, load average %s%n",
                lines, canteenCount, Runtime.getRuntime().availableProcessors(), loadAverage());
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(root, home, Ports.allFree()),
                line -> System.out.println("  " + line))) {
            URI buyer = stack.url(ServiceKind.BUYER);
            String jdbc = stack.jdbcUrl(ServiceKind.BUYER);
            String token = stack.tokens().mint("bench", List.of("admin"), Map.of(), Duration.ofHours(3));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, UUID> canteens = register(http, buyer, token, canteenCount);

            long writing = System.nanoTime();
            generate(csv, lines, new ArrayList<>(canteens.keySet()));
            System.out.printf("Wrote %s: %d lines, %.1f MB, in %.1f s%n", csv, lines, Files.size(csv) / 1e6,
                    (System.nanoTime() - writing) / 1e9);

            checkpoint(jdbc);
            System.out.printf("COPY of the same rows into a plain table (load average %s) ...%n", loadAverage());
            double copySeconds = copy(jdbc, csv, canteens, lines);
            System.out.printf("COPY done in %.1f s%n", copySeconds);

            checkpoint(jdbc);
            long pid = buyerPid().orElse(-1L);
            Memory memory = new Memory(pid);
            System.out.printf("Importing through POST /purchase-imports (buyer-service pid %d, RSS %s, load average %s)"
                    + " ...%n", pid, mb(memory.rss()), loadAverage());
            Imported imported = importFile(http, buyer, token, csv, lines, memory);
            String loadAfter = loadAverage();
            double drained = drain(jdbc, imported.succeededAt(), drainSeconds);
            report(lines, copySeconds, imported, memory, drained, drainSeconds, loadAfter);
            if (!stack.deadServices().isEmpty()) {
                System.out.println("Services that died: " + stack.deadServices());
            }
        } finally {
            Files.deleteIfExists(csv);
            LocalStack.wipe(home);
        }
    }

    private static void report(int lines, double copySeconds, Imported i, Memory memory, double drained,
                               int drainSeconds, String loadAfter) {
        double copyRate = lines / copySeconds;
        double importRate = lines / i.seconds();
        System.out.println();
        System.out.println("                                            lines/s   seconds");
        System.out.printf("COPY into a plain table (baseline)        %10.0f %9.1f%n", copyRate, copySeconds);
        System.out.printf("POST /purchase-imports, upload->SUCCEEDED %10.0f %9.1f  (upload+validation %.1f s,"
                + " insertion+outbox+commit %.1f s)%n", importRate, i.seconds(), i.acceptedSeconds(),
                i.seconds() - i.acceptedSeconds());
        System.out.printf("imported %d of %d lines, %d errors%n", i.linesImported(), lines, i.errorCount());
        System.out.printf("import / COPY = %.1f %% (aim >= 25 %%): %s%n", 100 * importRate / copyRate,
                importRate >= copyRate / 4 ? "met" : "NOT met");
        System.out.printf("buyer-service JVM (-Xmx256m) resident memory: %s before the upload, peak %s during the"
                + " import (%s)%n", mb(memory.before()), mb(memory.peak()), memory.source());
        System.out.println(drainSeconds <= 0 ? "outbox relay: not measured (drain-seconds 0)"
                : Double.isNaN(drained)
                ? "outbox relay: events still pending " + drainSeconds + " s after SUCCEEDED (not measured further)"
                : String.format("outbox relay: all %d events published %.1f s after SUCCEEDED (%.0f events/s)",
                        i.linesImported(), drained, i.linesImported() / drained));
        System.out.printf("load average at the end of the import: %s%n", loadAfter);
    }

    // ---------------------------------------------------------------- data

    private static Map<String, UUID> register(HttpClient http, URI buyer, String token, int count) throws Exception {
        Map<String, UUID> ids = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String siret = Sirets.of(50_000_000 + i, 1);
            String body = """
                    {"siret": "%s", "name": "Cantine benchmark %d", "type": "ECOLE", "postalCode": "62000",
                     "commune": "Arras", "inseeCode": "62041", "departmentCode": "62", "latitude": 50.291,
                     "longitude": 2.777, "mealsPerDay": %d}""".formatted(siret, i, 100 + 10 * (i % 50));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(buyer.resolve("/canteens"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("Cannot register a canteen: " + response.statusCode() + " "
                        + response.body());
            }
            ids.put(siret, UUID.fromString(id.group(1)));
        }
        return ids;
    }

    /** The file, written line by line: the 12-column format, semicolons, dates in the past year. */
    static void generate(Path csv, int lines, List<String> sirets) throws IOException {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(PARIS);
        int totalWeight = 0;
        for (Object[] family : FAMILIES) {
            totalWeight += (Integer) family[1];
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int n = 0; n < lines; n++) {
                Object[] family = FAMILIES[0];
                for (int pick = random.nextInt(totalWeight), i = 0; i < FAMILIES.length; i++) {
                    pick -= (Integer) FAMILIES[i][1];
                    if (pick < 0) {
                        family = FAMILIES[i];
                        break;
                    }
                }
                String[] products = (String[]) family[2];
                String labels = EGALIM[random.nextInt(EGALIM.length)];
                if (labels.equals("PECHE_DURABLE") && !family[0].equals("PRODUITS_DE_LA_MER")) {
                    labels = "";
                }
                int origin = random.nextInt(10);
                boolean local = random.nextInt(4) == 0;
                String definition = "";
                String km = "";
                if (local) {
                    int d = random.nextInt(20);
                    definition = d < 8 ? "DEPARTEMENT" : d < 13 ? "REGION" : d < 17 ? "KM" : d < 19 ? "PAT" : "COMMUNE";
                    km = definition.equals("KM") ? Integer.toString(20 + 10 * random.nextInt(19)) : "";
                }
                // Amounts in € HT: mostly tens to hundreds, a few large orders.
                long cents = random.nextInt(10) == 0 ? 50_000 + random.nextInt(450_000) : 300 + random.nextInt(60_000);
                line.setLength(0);
                line.append(sirets.get(random.nextInt(sirets.size()))).append(';')
                        .append(products[random.nextInt(products.length)]).append(" lot ").append(n).append(';')
                        .append(SUPPLIERS[random.nextInt(SUPPLIERS.length)]).append(';')
                        .append(today.minusDays(1 + random.nextInt(365))).append(';')
                        .append(BigDecimal.valueOf(cents, 2).toPlainString()).append(';')
                        .append(family[0]).append(';')
                        .append(labels).append(';')
                        .append(origin < 6 ? "FRANCE" : origin < 7 ? "EUROPE" : "").append(';')
                        .append(random.nextInt(7) == 0 ? "OUI" : "NON").append(';')
                        .append(local ? "OUI" : "NON").append(';')
                        .append(definition).append(';')
                        .append(km).append('\n');
                out.append(line);
            }
        }
    }

    // ---------------------------------------------------------------- baseline

    private static final String COPY_COLUMNS = "id, canteen_id, purchase_date, supplier_name, supplier_siret, "
            + "description, family, labels, amount_excl_tax, local, version, recorded_at, local_definition, "
            + "local_distance_km, corrected_at, import_id";

    /**
     * The same file read back and turned, line by line, into the rows buyer-service stores, streamed to
     * {@code COPY ... FROM STDIN} (text format) into a plain table with the purchase table's columns.
     */
    private static double copy(String jdbc, Path csv, Map<String, UUID> canteens, int lines) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "")) {
            try (Statement s = c.createStatement()) {
                // LIKE copies columns, types and NOT NULL only: no primary key, foreign key or index.
                s.execute("create table bench_purchase_copy (like purchase)");
            }
            String recordedAt = Instant.now().toString();
            long start = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_purchase_copy (" + COPY_COLUMNS + ") from stdin");
            long rows = 0;
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                in.readLine(); // header
                StringBuilder row = new StringBuilder(256);
                byte[] buffer;
                StringBuilder chunk = new StringBuilder(1 << 17);
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    toCopyRow(line, canteens, recordedAt, row);
                    chunk.append(row);
                    rows++;
                    if (chunk.length() > 1 << 16) {
                        buffer = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(buffer, 0, buffer.length);
                        chunk.setLength(0);
                    }
                }
                buffer = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(buffer, 0, buffer.length);
                long copied = copy.endCopy();
                if (copied != lines || rows != lines) {
                    throw new IllegalStateException("COPY stored " + copied + " rows of " + lines);
                }
            } catch (RuntimeException | IOException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** One ma-cantine line as the purchase row the service would store (text COPY format, tab separated). */
    private static void toCopyRow(String line, Map<String, UUID> canteens, String recordedAt, StringBuilder row) {
        String[] f = line.split(";", -1);
        if (f.length != 12) {
            throw new IllegalStateException("Not a 12-column line: " + line);
        }
        UUID canteen = canteens.get(f[0].strip().replace(" ", ""));
        if (canteen == null) {
            throw new IllegalStateException("Unknown SIRET in " + line);
        }
        int labels = 0;
        if (!f[6].isBlank()) {
            for (String code : f[6].split(",")) {
                labels |= label(code.strip());
            }
        }
        switch (f[7].strip()) {
            case "FRANCE" -> labels |= label("FRANCE");
            case "EUROPE" -> labels |= label("EUROPE");
            default -> { }
        }
        if (yes(f[8])) {
            labels |= label("CIRCUIT_COURT");
        }
        boolean local = yes(f[9]);
        if (local) {
            labels |= label("LOCAL");
        }
        StringBuilder labelCodes = new StringBuilder();
        for (int i = 0; i < LABEL_ORDER.size(); i++) {
            if ((labels & (1 << i)) != 0) {
                labelCodes.append(labelCodes.isEmpty() ? "" : ",").append(LABEL_ORDER.get(i));
            }
        }
        row.setLength(0);
        row.append(UUID.randomUUID()).append('\t')
                .append(canteen).append('\t')
                .append(LocalDate.parse(f[3].strip())).append('\t');
        escaped(row, f[2].strip()).append('\t')
                .append("\\N").append('\t');
        escaped(row, f[1].strip()).append('\t')
                .append(f[5].strip()).append('\t')
                .append(labelCodes).append('\t')
                .append(new BigDecimal(f[4].strip()).setScale(2).toPlainString()).append('\t')
                .append(local ? 't' : 'f').append('\t')
                .append('1').append('\t')
                .append(recordedAt).append('\t')
                .append(f[10].isBlank() ? "\\N" : f[10].strip()).append('\t')
                .append(f[11].isBlank() ? "\\N" : Integer.valueOf(f[11].strip()).toString()).append('\t')
                .append("\\N").append('\t')
                .append("\\N").append('\n');
    }

    private static int label(String code) {
        int index = LABEL_ORDER.indexOf(code);
        if (index < 0) {
            throw new IllegalStateException("Unknown label " + code);
        }
        return 1 << index;
    }

    private static boolean yes(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.equals("oui") || v.equals("x");
    }

    private static StringBuilder escaped(StringBuilder row, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(ch);
            }
        }
        return row;
    }

    private static void checkpoint(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("checkpoint");
        }
    }

    // ---------------------------------------------------------------- service

    private record Imported(double seconds, double acceptedSeconds, long linesImported, long errorCount,
                            Instant succeededAt) {
    }

    private static Imported importFile(HttpClient http, URI buyer, String token, Path csv, int lines, Memory memory)
            throws Exception {
        memory.reset();
        long start = System.nanoTime();
        HttpRequest upload = HttpRequest.newBuilder(buyer.resolve("/purchase-imports?mode=lenient"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(60)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(upload, HttpResponse.BodyHandlers.ofString());
        long lastReport = start;
        while (!answer.isDone()) {
            memory.sample();
            if (System.nanoTime() - lastReport > 5e9) {
                lastReport = System.nanoTime();
                System.out.printf("  %5.0f s  uploading and validating ...  RSS %s, peak %s, load %s%n",
                        (lastReport - start) / 1e9, mb(memory.rss()), mb(memory.peak()), loadAverage());
            }
            Thread.sleep(100);
        }
        HttpResponse<String> accepted = answer.get();
        double acceptedSeconds = (System.nanoTime() - start) / 1e9;
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        URI location = accepted.headers().firstValue("Location").map(URI::create)
                .orElseThrow(() -> new IllegalStateException("202 without a Location"));
        System.out.printf("  %5.1f s  202 Accepted (validated), %s%n", acceptedSeconds, location.getPath());
        HttpRequest poll = HttpRequest.newBuilder(buyer.resolve(location.getPath()))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        while (true) {
            HttpResponse<String> response = http.send(poll, HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            memory.sample();
            Matcher status = STATUS.matcher(response.body());
            String state = response.statusCode() == 200 && status.find() ? status.group(1) : "?";
            if (state.equals("SUCCEEDED")) {
                memory.sample();
                System.out.printf("  %5.1f s  SUCCEEDED%n", (now - start) / 1e9);
                return new Imported((now - start) / 1e9, acceptedSeconds, number(response.body(), "linesImported"),
                        number(response.body(), "errorCount"), Instant.now());
            }
            if (!state.equals("RUNNING")) {
                throw new IllegalStateException("Import ended " + response.statusCode() + " " + response.body());
            }
            if (now - lastReport > 5e9) {
                lastReport = now;
                long processed = number(response.body(), "linesProcessed");
                System.out.printf("  %5.0f s  RUNNING %d of %d lines processed (%.0f %%)  RSS %s, peak %s, load %s%n",
                        (now - start) / 1e9, processed, lines, 100.0 * processed / lines, mb(memory.rss()),
                        mb(memory.peak()), loadAverage());
            }
            Thread.sleep(200);
        }
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Seconds from SUCCEEDED until the relay has published every outbox row, or NaN after the limit. */
    private static double drain(String jdbc, Instant succeededAt, int limitSeconds) throws Exception {
        if (limitSeconds <= 0) {
            return Double.NaN;
        }
        long deadline = System.nanoTime() + limitSeconds * 1_000_000_000L;
        long lastReport = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "")) {
            while (true) {
                long pending;
                try (ResultSet rows = c.createStatement().executeQuery(
                        "select count(*) from outbox_event where sent_at is null")) {
                    rows.next();
                    pending = rows.getLong(1);
                }
                if (pending == 0) {
                    return Duration.between(succeededAt, Instant.now()).toMillis() / 1e3;
                }
                if (System.nanoTime() > deadline) {
                    System.out.printf("  %d outbox events still pending%n", pending);
                    return Double.NaN;
                }
                if (System.nanoTime() - lastReport > 5e9) {
                    lastReport = System.nanoTime();
                    System.out.printf("  outbox relay: %d events pending%n", pending);
                }
                Thread.sleep(500);
            }
        }
    }

    // ---------------------------------------------------------------- measures of the machine

    /** buyer-service's JVM: the child of this process whose command line runs buyer-service's quarkus-run.jar. */
    private static Optional<Long> buyerPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> commandLine(p.pid()).contains("buyer-service/target/quarkus-app/quarkus-run.jar"))
                .map(ProcessHandle::pid).findFirst();
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Resident memory of the service's JVM from /proc/<pid>/status: VmRSS now and VmHWM, the peak, reset
     * before the upload by writing 5 to /proc/<pid>/clear_refs (else the peak since the JVM started).
     */
    private static final class Memory {

        private final long pid;
        private long before = -1;
        private long peak = -1;
        private boolean reset;

        Memory(long pid) {
            this.pid = pid;
        }

        void reset() {
            before = rss();
            try {
                Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
                reset = true;
            } catch (IOException | RuntimeException e) {
                reset = false;
            }
            sample();
        }

        void sample() {
            peak = Math.max(peak, Math.max(status("VmHWM"), status("VmRSS")));
        }

        long rss() {
            return status("VmRSS");
        }

        long before() {
            return before;
        }

        long peak() {
            return peak;
        }

        String source() {
            return pid < 0 ? "pid not found" : "VmHWM of pid " + pid + (reset ? ", reset before the upload"
                    : ", could not be reset: peak since the JVM started");
        }

        /** In bytes, or -1. */
        private long status(String field) {
            if (pid < 0) {
                return -1;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process is gone
            }
            return -1;
        }
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format("%.0f MB", bytes / 1048576.0);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
