package fr.mutualim.benchmarks;

import fr.mutualim.localstack.EmbeddedDatabase;
import fr.mutualim.localstack.LocalStack;
import fr.mutualim.localstack.Ports;
import fr.mutualim.localstack.ServiceKind;
import fr.mutualim.localstack.Sirets;
import fr.mutualim.supplier.domain.GeoPoint;
import fr.mutualim.supplier.domain.SearchCriteria;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The matchmaking search under load (issue 3): 10 000 suppliers × 10 offers in supplier-service's
 * database, the search endpoint driven from this process at a fixed rate (open loop: latency counts
 * from the moment a request was due, so a slow server is not hidden), and the same search as one SQL
 * query ({@link SearchQuery}, which the service ran before it answered from memory) run directly
 * over JDBC in the same run as the baseline. Prints p50/p99 of both and their ratio.
 *
 * <p>Run: {@code ./mutualim bench search [suppliers] [rate] [seconds]} (see docs/benchmarks.md).
 */
public final class SearchBenchmark {

    private static final String[][] PRODUCTS = {
        {"03222321-9", "FRUITS_ET_LEGUMES", "KG"}, {"03212100-1", "FRUITS_ET_LEGUMES", "KG"},
        {"03221000-6", "FRUITS_ET_LEGUMES", "KG"}, {"03222000-3", "FRUITS_ET_LEGUMES", "KG"},
        {"15551300-8", "PRODUITS_LAITIERS", "PIECE"}, {"15511000-3", "PRODUITS_LAITIERS", "L"},
        {"15530000-2", "PRODUITS_LAITIERS", "KG"}, {"15540000-5", "PRODUITS_LAITIERS", "KG"},
        {"03142500-3", "PRODUITS_LAITIERS", "PIECE"}, {"15112000-6", "VIANDES_VOLAILLES", "KG"},
        {"15111100-0", "VIANDES_VOLAILLES", "KG"}, {"15113000-3", "VIANDES_VOLAILLES", "KG"},
        {"15115100-8", "VIANDES_VOLAILLES", "KG"}, {"15131410-2", "CHARCUTERIE", "KG"},
        {"03311000-2", "PRODUITS_DE_LA_MER", "KG"}, {"15211100-1", "PRODUITS_DE_LA_MER", "KG"},
        {"15811100-7", "BOULANGERIE", "KG"}, {"15850000-1", "AUTRES", "KG"}, {"15831600-8", "AUTRES", "KG"},
        {"15321600-0", "BOISSONS", "L"},
    };
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path root = Path.of(System.getProperty("mutualim.root", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("mutualim-bench-");
        System.out.printf("Search benchmark: %d suppliers x 10 offers, %d requests/s for %d s, on %d cores%n",
                suppliers, rate, seconds, Runtime.getRuntime().availableProcessors());
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(root, home, Ports.allFree()),
                line -> System.out.println("  " + line))) {
            String jdbc = stack.jdbcUrl(ServiceKind.SUPPLIER);
            long loading = System.nanoTime();
            load(jdbc, suppliers);
            System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
            List<SearchCriteria> queries = queries(new Random(11), 50);
            Latencies raw = raw(jdbc, queries, 1_000);
            String token = stack.tokens().mint("bench", List.of("buyer"), Map.of(), Duration.ofHours(2));
            URI service = stack.url(ServiceKind.SUPPLIER);
            System.out.println("Warming the service up (10 s) ...");
            drive(service, token, queries, rate, 10);
            System.out.printf("Driving %d requests/s for %d s ...%n", rate, seconds);
            double loadBefore = loadAverage();
            long[] gcBefore = ownGarbageCollections();
            Result http = drive(service, token, queries, rate, seconds);
            long[] gcAfter = ownGarbageCollections();
            report(raw, http, rate, seconds);
            // Latency counts from when a request was due, so this process's own pauses count too: say how long they were.
            System.out.printf("load generator's own GC during the run: %d collections, %d ms in all;"
                    + " load average %.1f before, %.1f after%n", gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1],
                    loadBefore, loadAverage());
        }
    }

    /** Collections of this JVM so far, and the milliseconds they took. */
    private static long[] ownGarbageCollections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The machine's one-minute load average: the run's figures mean little when it is far above the core count. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void report(Latencies raw, Result http, int rate, int seconds) {
        double rawP50 = raw.percentileMillis(50);
        double p50 = http.latencies().percentileMillis(50);
        double p99 = http.latencies().percentileMillis(99);
        System.out.println();
        System.out.println("                                  p50 ms   p99 ms   max ms   samples");
        System.out.printf("raw SQL over JDBC (baseline)    %8.2f %8.2f %8.2f %9d%n", rawP50, raw.percentileMillis(99),
                raw.percentileMillis(100), raw.count());
        System.out.printf("GET /supplier-matches at %3d/s  %8.2f %8.2f %8.2f %9d  (%d errors, %.1f requests/s achieved)%n",
                rate, p50, p99, http.latencies().percentileMillis(100), http.latencies().count(), http.errors(),
                http.latencies().count() / (double) seconds);
        System.out.printf("service p50 / raw p50 = %.2f (aim <= 2); service p99 = %.1f ms (aim < 50)%n", p50 / rawP50, p99);
    }

    /** The search as one SQL query, executed directly over JDBC, one after the other. */
    private static Latencies raw(String jdbc, List<SearchCriteria> queries, int runs) throws Exception {
        Latencies latencies = new Latencies(runs);
        try (Connection connection = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "")) {
            for (int i = 0; i < runs + queries.size() * 2; i++) {
                SearchQuery query = SearchQuery.of(queries.get(i % queries.size()), 20, 0);
                long start = System.nanoTime();
                try (PreparedStatement statement = prepare(connection, query); ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                if (i >= queries.size() * 2) { // the first passes warm the caches, as the service's warm-up does
                    latencies.add(System.nanoTime() - start);
                }
            }
        }
        return latencies;
    }

    /** Named parameters to JDBC's positional ones; a list expands to one placeholder per element. */
    private static PreparedStatement prepare(Connection connection, SearchQuery query) throws Exception {
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(query.sql());
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            Object value = query.parameters().get(named.group(1));
            if (value instanceof List<?> list) {
                named.appendReplacement(sql, list.stream().map(v -> "?").collect(Collectors.joining(", ")));
                values.addAll(list);
            } else {
                named.appendReplacement(sql, "?");
                values.add(value);
            }
        }
        named.appendTail(sql);
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private record Result(Latencies latencies, int errors) {
    }

    /** Sends {@code rate} requests a second for {@code seconds}, whatever the answers' pace (open loop). */
    private static Result drive(URI service, String token, List<SearchCriteria> queries, int rate, int seconds)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int total = rate * seconds;
        Latencies latencies = new Latencies(total);
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            long due = start + n * period;
            HttpRequest request = HttpRequest.newBuilder(service.resolve(path(queries.get(n % queries.size()))))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() != 200) {
                    if (errors.getAndIncrement() == 0) {
                        System.out.println("First failure: " + (failure != null ? failure
                                : response.statusCode() + " " + response.body()));
                    }
                } else {
                    latencies.add(System.nanoTime() - due);
                }
                done.countDown();
            });
        }, 0, period, TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        clock.shutdownNow();
        return new Result(latencies, errors.get());
    }

    private static String path(SearchCriteria criteria) {
        StringBuilder query = new StringBuilder("/supplier-matches?size=20&cpv=").append(criteria.cpvPrefix())
                .append("&quantity=").append(criteria.quantity().toPlainString())
                .append("&date=").append(criteria.referenceDate());
        criteria.months().forEach(m -> query.append("&months=").append(m));
        criteria.deliveryPoints().forEach(p -> query.append("&point=")
                .append(URLEncoder.encode(p.latitude() + "," + p.longitude(), StandardCharsets.UTF_8)));
        if (criteria.requiredLabel() != null) {
            query.append("&label=").append(criteria.requiredLabel());
        }
        return query.toString();
    }

    private static List<SearchCriteria> queries(Random random, int count) {
        List<SearchCriteria> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String cpv = PRODUCTS[random.nextInt(PRODUCTS.length)][0];
            Set<Integer> months = new TreeSet<>();
            for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
                months.add(1 + random.nextInt(12));
            }
            List<GeoPoint> points = new ArrayList<>();
            for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
                points.add(new GeoPoint(50.1 + random.nextDouble() * 0.6, 2.2 + random.nextDouble() * 1.0));
            }
            queries.add(new SearchCriteria(cpv.substring(0, 3 + random.nextInt(4)),
                    BigDecimal.valueOf(200 + random.nextInt(3000)), null, months, points,
                    random.nextInt(10) < 3 ? "BIO" : null, LocalDate.of(2026, 11, 26)));
        }
        return queries;
    }

    /** A unique SIRET that passes the checks supplier-service applies when it reads the row. */
    private static String siret(int index) {
        return Sirets.of(10_000_000 + index, 1);
    }

    /** Suppliers across the Hauts-de-France with ten offers each, a third of them organic. */
    private static void load(String jdbc, int suppliers) throws Exception {
        Random random = new Random(2026);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(jdbc + "?reWriteBatchedInserts=true", EmbeddedDatabase.USER, "")) {
            c.setAutoCommit(false);
            PreparedStatement supplier = c.prepareStatement("insert into supplier (id, siret, legal_name, kind, postal_code,"
                    + " commune, insee_code, latitude, longitude, delivery_radius_km, version, registered_at, size_class, sme,"
                    + " minimum_order_excl_tax, intermediaries, updated_at) values (?, ?, ?, 'PRODUCER', '62000', 'Arras',"
                    + " '62041', ?, ?, ?, 1, ?, 'MICRO', true, 0, ?, ?)");
            PreparedStatement offer = c.prepareStatement("insert into offer (id, supplier_id, product_label, cpv_code, family,"
                    + " unit, annual_capacity, months_mask, monthly_capacity, unit_price_excl_tax, processing_level,"
                    + " delivery_days, status, version, published_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1.00, 1,"
                    + " 'MONDAY', 'ACTIVE', 1, ?, ?)");
            PreparedStatement certificate = c.prepareStatement("insert into certification (id, supplier_id, type, certifier,"
                    + " certificate_number, valid_from, valid_until, scope_families, scope_cpv_prefixes, added_at)"
                    + " values (?, ?, 'BIO', 'Ecocert', '1', ?, ?, ?, '', ?)");
            for (int i = 0; i < suppliers; i++) {
                UUID id = UUID.randomUUID();
                supplier.setObject(1, id);
                supplier.setString(2, siret(i));
                supplier.setString(3, "Benchmark supplier " + i);
                supplier.setBigDecimal(4, BigDecimal.valueOf(49.5 + random.nextDouble() * 1.5).setScale(6, java.math.RoundingMode.HALF_UP));
                supplier.setBigDecimal(5, BigDecimal.valueOf(1.6 + random.nextDouble() * 2.6).setScale(6, java.math.RoundingMode.HALF_UP));
                supplier.setInt(6, 20 + random.nextInt(130));
                supplier.setTimestamp(7, now);
                supplier.setInt(8, random.nextInt(3));
                supplier.setTimestamp(9, now);
                supplier.addBatch();
                String family = null;
                for (int o = 0; o < 10; o++) {
                    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                    family = product[1];
                    offer.setObject(1, UUID.randomUUID());
                    offer.setObject(2, id);
                    offer.setString(3, "Product " + product[0]);
                    offer.setString(4, product[0]);
                    offer.setString(5, product[1]);
                    offer.setString(6, product[2]);
                    offer.setBigDecimal(7, BigDecimal.valueOf(500 + random.nextInt(20_000)));
                    offer.setInt(8, 1 + random.nextInt(4095));
                    offer.setBigDecimal(9, random.nextBoolean() ? null : BigDecimal.valueOf(100 + random.nextInt(3000)));
                    offer.setTimestamp(10, now);
                    offer.setTimestamp(11, now);
                    offer.addBatch();
                }
                if (random.nextInt(3) == 0) {
                    certificate.setObject(1, UUID.randomUUID());
                    certificate.setObject(2, id);
                    certificate.setObject(3, LocalDate.of(2026, 1, 1));
                    certificate.setObject(4, LocalDate.of(2027, 12, 31));
                    certificate.setString(5, family);
                    certificate.setTimestamp(6, now);
                    certificate.addBatch();
                }
                if (i % 1000 == 999) {
                    supplier.executeBatch();
                    offer.executeBatch();
                    certificate.executeBatch();
                    c.commit();
                }
            }
            supplier.executeBatch();
            offer.executeBatch();
            certificate.executeBatch();
            c.commit();
            c.setAutoCommit(true);
            // As autovacuum would in steady state: statistics, and the visibility map index-only scans need.
            for (String table : List.of("supplier", "offer", "certification")) {
                c.createStatement().execute("vacuum analyze " + table); // one at a time: VACUUM refuses a transaction block
            }
        }
    }
}
