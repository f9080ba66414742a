package fr.mutualim.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.mutualim.localstack.EmbeddedDatabase;
import fr.mutualim.localstack.LocalStack;
import fr.mutualim.localstack.Ports;
import fr.mutualim.localstack.ServiceKind;
import fr.mutualim.localstack.Sirets;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * egalim-tracker-service's ingestion (issue 5), two measures in one run on the local stack:
 *
 * <ol>
 *   <li><b>Throughput</b>: {@code events} purchase events (90 % recordings, 5 % corrections, 5 %
 *       deletions, over 2 000 registered canteens) published straight to {@code purchases.events} while the
 *       service is stopped; it is then restarted, and its rate is events over the time from its first
 *       poll of them to the last one applied (read from its {@code consumed_event} table). Then, as the
 *       baseline, a plain Kafka consumer in this process reads the same events from the beginning, timed
 *       from its first poll that returns events, and only deserializes them (CloudEvent
 *       headers and JSON data into a record, as the service's consumer does before any work).</li>
 *   <li><b>Latency</b>: after a 10-second warm-up at the same rate, purchases recorded through
 *       buyer-service at a steady {@code rate} per second, open loop, {@code lines} per request
 *       ({@code POST /canteens/{id}/purchase-batches}, or {@code POST /canteens/{id}/purchases} when 1); about
 *       ten requests a second go to a probe canteen that receives nothing else, and the delay from
 *       buyer-service's 201 (the purchases are committed) to the purchases counted in the tracker's
 *       {@code GET /canteens/{id}/shares} is measured by polling the tracker every 10 ms. The time each probe's
 *       first event reached Kafka splits that delay into buyer-service's relay and the rest.</li>
 * </ol>
 *
 * <p>Run: {@code ./mutualim bench tracker [events] [rate] [seconds] [lines]} (see docs/benchmarks.md).
 */
public final class TrackerIngestBenchmark {

    private static final String PURCHASE_RECORDED = "fr.mutualim.buyer.purchase-recorded.v1";
    private static final String PURCHASE_CORRECTED = "fr.mutualim.buyer.purchase-corrected.v1";
    private static final String PURCHASE_DELETED = "fr.mutualim.buyer.purchase-deleted.v1";
    private static final String[] FAMILIES = {"VIANDES_VOLAILLES", "CHARCUTERIE", "PRODUITS_DE_LA_MER",
        "FRUITS_ET_LEGUMES", "PRODUITS_LAITIERS", "BOULANGERIE", "BOISSONS", "AUTRES"};
    private static final String[] LABELS = {"[]", "[]", "[]", "[\"BIO\"]", "[\"BIO\", \"LOCAL\"]", "[\"LABEL_ROUGE\"]",
        "[\"IGP\", \"FRANCE\"]", "[\"HVE\"]", "[\"FRANCE\"]", "[\"COMMERCE_EQUITABLE\", \"BIO\"]"};
    private static final int CANTEENS = 2_000;
    private static final int PROBES_PER_SECOND = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Canteens registered in buyer-service get unique SIRETs across the warm-up and the measure. */
    private static final AtomicInteger SIRETS = new AtomicInteger(40_000_000);

    private TrackerIngestBenchmark() {
    }

    /** What the plain consumer deserializes: the fields the service's consumer reads. */
    record Purchase(UUID purchaseId, UUID canteenId, long version, LocalDate date, String family, List<String> labels,
                    BigDecimal amountExclTax, boolean local, String localDefinition) {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int lines = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path root = Path.of(System.getProperty("mutualim.root", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("mutualim-bench-");
        System.out.printf("Tracker benchmark: %d purchase events, then %d purchases/s for %d s through buyer-service"
                + " (%d per request), on %d cores%n", events, rate, seconds, lines, Runtime.getRuntime().availableProcessors());
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(root, home, Ports.allFree()),
                line -> System.out.println("  " + line))) {
            String kafka = stack.kafka().bootstrapServers();
            List<UUID> canteens = publishCanteens(kafka);
            String trackerDb = stack.jdbcUrl(ServiceKind.EGALIM_TRACKER);
            awaitConsumed(trackerDb, "fr.mutualim.buyer.canteen-registered.v1", CANTEENS, Duration.ofMinutes(2));

            // Both consumers read the same backlog: the tracker is stopped while the events are published, so
            // that its rate is its own and not the producer's, as the plain consumer's is.
            stack.stop(ServiceKind.EGALIM_TRACKER);
            System.out.printf("Publishing %d purchase events while egalim-tracker-service is stopped ...%n", events);
            Map<Integer, String> lastOfPartition = new ConcurrentHashMap<>();
            double publishSeconds = publishPurchases(kafka, canteens, events, lastOfPartition);
            System.out.printf("Published in %.1f s (%.0f events/s); restarting the tracker ...%n", publishSeconds,
                    events / publishSeconds);
            stack.restart(ServiceKind.EGALIM_TRACKER);
            awaitApplied(trackerDb, lastOfPartition.values(), Duration.ofHours(3));
            Instant done = Instant.now();
            awaitConsumed(trackerDb, "fr.mutualim.buyer.purchase-%", events, Duration.ofHours(3));
            double trackerSeconds = Duration.between(firstPurchaseApplied(trackerDb), done).toNanos() / 1e9;
            double plainSeconds = plainConsumer(kafka, events);

            String token = stack.tokens().mint("bench", List.of("admin"), Map.of(), Duration.ofHours(2));
            System.out.println("Warming buyer-service and the tracker up (10 s at the same rate) ...");
            latency(stack.url(ServiceKind.BUYER), stack.url(ServiceKind.EGALIM_TRACKER), kafka, token, rate, 10, lines);
            Latency latency = latency(stack.url(ServiceKind.BUYER), stack.url(ServiceKind.EGALIM_TRACKER), kafka, token,
                    rate, seconds, lines);
            report(events, trackerSeconds, plainSeconds, latency, rate, seconds, lines);
            if (!stack.deadServices().isEmpty()) {
                System.out.println("Services that died: " + stack.deadServices());
            }
        } finally {
            LocalStack.wipe(home); // the broker's log of the events is large
        }
    }

    private static void report(int events, double trackerSeconds, double plainSeconds, Latency l, int rate, int seconds,
                               int lines) {
        double tracker = events / trackerSeconds;
        double plain = events / plainSeconds;
        System.out.println();
        System.out.println("                                         events/s   seconds");
        System.out.printf("plain consumer, deserialize only       %10.0f %9.1f%n", plain, plainSeconds);
        System.out.printf("egalim-tracker-service, applied        %10.0f %9.1f%n", tracker, trackerSeconds);
        System.out.printf("tracker / plain = %.1f %% (aim >= 30 %%)%n", 100 * tracker / plain);
        System.out.println();
        System.out.println("                                         p50 ms   p99 ms   max ms   samples");
        System.out.printf("POST of %4d line(s) (buyer-service)   %8.1f %8.1f %8.1f %9d  (%d errors, %.0f purchases/s"
                        + " achieved, %d asked)%n", lines, l.post().percentileMillis(50), l.post().percentileMillis(99),
                l.post().percentileMillis(100), l.post().count(), l.errors(), l.post().count() * lines / (double) seconds,
                rate);
        System.out.printf("committed -> on Kafka (buyer's relay)  %8.1f %8.1f %8.1f %9d  (record create time, ms clock)%n",
                l.published().percentileMillis(50), l.published().percentileMillis(99),
                l.published().percentileMillis(100), l.published().count());
        System.out.printf("committed -> visible in the tracker    %8.1f %8.1f %8.1f %9d  (%d probes never seen)%n",
                l.visible().percentileMillis(50), l.visible().percentileMillis(99), l.visible().percentileMillis(100),
                l.visible().count(), l.lost());
        System.out.printf("visibility p99 = %.0f ms (aim < 1000)%n", l.visible().percentileMillis(99));
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config);
    }

    private static ProducerRecord<String, String> event(String topic, String key, String type, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(type)).add("ce_source", bytes("/mutualim/buyer-service"))
                .add("content-type", bytes("application/json"));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** 2 000 mainland canteens announced as buyer-service announces them, so that targets are checked. */
    private static List<UUID> publishCanteens(String kafka) {
        List<UUID> canteens = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            for (int i = 0; i < CANTEENS; i++) {
                UUID id = UUID.randomUUID();
                canteens.add(id);
                producer.send(event("canteens.events", id.toString(), "fr.mutualim.buyer.canteen-registered.v1", """
                        {"canteenId": "%s", "version": 1, "siret": "%s", "name": "Cantine %d", "type": "ECOLE",
                         "postalCode": "62000", "commune": "Arras", "inseeCode": "62041", "departmentCode": "62",
                         "latitude": 50.29, "longitude": 2.77, "mealsPerDay": 100, "registeredAt": "2026-01-01T00:00:00Z"}
                        """.formatted(id, Sirets.of(30_000_000 + i, 1), i)));
            }
        }
        return canteens;
    }

    /**
     * 90 % recordings, 5 % corrections and 5 % deletions of purchases recorded a few events before;
     * {@code lastOfPartition} gets the ce_id of the last event sent to each partition.
     */
    private static double publishPurchases(String kafka, List<UUID> canteens, int events,
                                           Map<Integer, String> lastOfPartition) {
        Random random = new Random(2026);
        long seed = random.nextLong();
        UUID[] canteenOf = new UUID[events];
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            for (int i = 0; i < events; i++) {
                int slot = i % 20;
                ProducerRecord<String, String> record;
                if (slot < 18 || i < 20) {
                    canteenOf[i] = canteens.get(random.nextInt(CANTEENS));
                    record = purchase(PURCHASE_RECORDED, new UUID(seed, i), canteenOf[i], 1, random);
                } else if (slot == 18) { // corrects the purchase recorded 15 events before
                    record = purchase(PURCHASE_CORRECTED, new UUID(seed, i - 15), canteenOf[i - 15], 2, random);
                } else { // deletes the purchase recorded 14 events before
                    UUID canteen = canteenOf[i - 14];
                    record = event("purchases.events", canteen.toString(), PURCHASE_DELETED, """
                            {"purchaseId": "%s", "canteenId": "%s", "version": 2, "deletedAt": "2026-06-01T00:00:00Z"}
                            """.formatted(new UUID(seed, i - 14), canteen));
                }
                String id = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                // The callbacks of one partition run in the order of the sends.
                producer.send(record, (sent, failed) -> {
                    if (failed == null) {
                        lastOfPartition.put(sent.partition(), id);
                    }
                });
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static ProducerRecord<String, String> purchase(String type, UUID purchase, UUID canteen, int version,
                                                           Random random) {
        String date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320)).toString();
        String amount = BigDecimal.valueOf(100 + random.nextInt(500_000), 2).toPlainString();
        boolean local = random.nextInt(4) == 0;
        return event("purchases.events", canteen.toString(), type, """
                {"purchaseId": "%s", "canteenId": "%s", "version": %d, "date": "%s", "supplierName": "Ferme du benchmark",
                 "supplierSiret": null, "description": "Denrée de test", "family": "%s", "labels": %s,
                 "amountExclTax": %s, "local": %s, "localDefinition": %s, "localDistanceKm": null,
                 "recordedAt": "2026-06-01T00:00:00Z"}
                """.formatted(purchase, canteen, version, date, FAMILIES[random.nextInt(FAMILIES.length)],
                LABELS[random.nextInt(LABELS.length)], amount, local, local ? "\"DEPARTEMENT\"" : "null"));
    }

    /**
     * Waits until the tracker has applied the last event of each partition, by their ids: an index look-up
     * every 200 ms, where counting the consumed-event log (a scan of the whole table) took the database
     * most of a core once it held 1 000 000 rows, on the cores the tracker uses. The tracker applies a
     * partition's events in their order, so the count that follows ({@link #awaitConsumed}) finds them all
     * at once; if it did not, the time would be taken when the count reaches them.
     */
    private static void awaitApplied(String jdbc, Collection<String> lastIds, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastReport = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
             PreparedStatement applied = c.prepareStatement("select count(*) from consumed_event where event_id = any(?)")) {
            applied.setArray(1, c.createArrayOf("varchar", lastIds.toArray()));
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = applied.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == lastIds.size()) {
                        return;
                    }
                }
                if (System.nanoTime() - lastReport > 30e9) { // one count every 30 s, for the progress
                    try (ResultSet rows = c.createStatement().executeQuery(
                            "select count(*) from consumed_event where event_type like 'fr.mutualim.buyer.purchase-%'")) {
                        rows.next();
                        System.out.printf("  %d applied%n", rows.getLong(1));
                    }
                    lastReport = System.nanoTime();
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * When the tracker's first poll of purchase events began: the consumed-event log stamps each id with the start
     * of the transaction that applied it (PostgreSQL's now(), the same clock as this process's on this machine).
     */
    private static Instant firstPurchaseApplied(String jdbc) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
             ResultSet rows = c.createStatement().executeQuery("select min(consumed_at) from consumed_event"
                     + " where event_type like 'fr.mutualim.buyer.purchase-%'")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    /** Polls the tracker's consumed-event log until {@code expected} events of the type were applied; returns when (s). */
    private static double awaitConsumed(String jdbc, String typePattern, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastReport = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "")) {
            while (true) {
                long count;
                try (ResultSet rows = c.createStatement().executeQuery(
                        "select count(*) from consumed_event where event_type like '" + typePattern + "'")) {
                    rows.next();
                    count = rows.getLong(1);
                }
                long now = System.nanoTime();
                if (count >= expected) {
                    return now / 1e9;
                }
                if (now > deadline) {
                    throw new IllegalStateException("Only " + count + " of " + expected + " events applied in " + timeout);
                }
                if (now - lastReport > 30e9) {
                    System.out.printf("  %d of %d applied%n", count, expected);
                    lastReport = now;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Reads the same purchase events from the beginning and only deserializes them; returns the seconds from its
     * first poll that returned events to the last event deserialized (joining the consumer group is not counted).
     */
    private static double plainConsumer(String kafka, int events) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-plain-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        ObjectReader reader = new ObjectMapper().findAndRegisterModules()
                .readerFor(Purchase.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectReader deletion = new ObjectMapper().findAndRegisterModules().readerFor(Map.class);
        int read = 0;
        long start = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("purchases.events"));
            while (read < events) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (start == 0 && !records.isEmpty()) {
                    start = System.nanoTime(); // the clock starts at the first poll that returns events, as the tracker's
                }
                for (ConsumerRecord<String, String> record : records) {
                    String type = header(record, "ce_type");
                    header(record, "ce_id");
                    try {
                        (PURCHASE_DELETED.equals(type) ? deletion : reader).readValue(record.value());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    read++;
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private record Latency(Latencies post, Latencies visible, Latencies published, int errors, int lost) {
    }

    /**
     * Purchases at a fixed rate through buyer-service, open loop, {@code lines} per request: one line per
     * {@code POST /canteens/{id}/purchases}, or more per {@code POST /canteens/{id}/purchase-batches} (what an
     * ERP that sends what it recorded every few seconds does). About ten requests a second go to a probe canteen,
     * each probe canteen used once, so that its purchase count says when that very request is counted.
     */
    private static Latency latency(URI buyer, URI tracker, String kafka, String token, int rate, int seconds, int lines)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int requestsPerSecond = Math.max(1, rate / lines);
        int total = requestsPerSecond * seconds;
        int probeEvery = Math.max(1, requestsPerSecond / PROBES_PER_SECOND);
        int probesNeeded = (total + probeEvery - 1) / probeEvery;
        List<UUID> load = register(http, buyer, token, 20, SIRETS.getAndAdd(20));
        List<UUID> probes = register(http, buyer, token, probesNeeded, SIRETS.getAndAdd(probesNeeded));
        String today = LocalDate.now(PARIS).toString();
        int year = LocalDate.now(PARIS).getYear();
        String line = """
                {"date": "%s", "supplierName": "Ferme", "description": "Denrée", "family": "FRUITS_ET_LEGUMES",
                 "labels": ["BIO"], "amountExclTax": 12.50, "local": false}""".formatted(today);
        String body = lines == 1 ? line : "{\"lines\": [" + String.join(", ", java.util.Collections.nCopies(lines, line)) + "]}";
        String path = lines == 1 ? "/purchases" : "/purchase-batches";
        System.out.printf("Recording %d purchases/s for %d s through buyer-service: %d requests/s of %d line(s) ...%n",
                requestsPerSecond * lines, seconds, requestsPerSecond, lines);
        Latencies post = new Latencies(total);
        Latencies visible = new Latencies(probesNeeded);
        Latencies published = new Latencies(probesNeeded);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService pollers = Executors.newSingleThreadScheduledExecutor();
        try (RelayWatch relay = new RelayWatch(kafka, committedAt, published)) {
            long period = 1_000_000_000L / requestsPerSecond;
            long start = System.nanoTime();
            AtomicInteger sent = new AtomicInteger();
            clock.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n >= total) {
                    return;
                }
                long due = start + n * period;
                boolean probe = n % probeEvery == 0;
                UUID canteen = probe ? probes.get(n / probeEvery) : load.get(n % load.size());
                HttpRequest request = HttpRequest.newBuilder(buyer.resolve("/canteens/" + canteen + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 201) {
                        if (errors.getAndIncrement() == 0) {
                            System.out.println("First failure: " + (failure != null ? failure
                                    : response.statusCode() + " " + response.body()));
                        }
                        done.countDown();
                        return;
                    }
                    long committed = System.nanoTime();
                    post.add(committed - due);
                    if (probe) {
                        committedAt.put(canteen.toString(), System.currentTimeMillis());
                        poll(http, pollers, tracker, token, canteen, year, lines, committed, visible, lost);
                    }
                    done.countDown();
                });
            }, 0, period, TimeUnit.NANOSECONDS);
            done.await(seconds + 60L, TimeUnit.SECONDS);
            clock.shutdownNow();
            long waitUntil = System.nanoTime() + 35_000_000_000L; // the pollers give up after 30 s
            while (visible.count() + lost.get() < post.count() / probeEvery && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
        }
        pollers.shutdownNow();
        return new Latency(post, visible, published, errors.get(), lost.get());
    }

    /**
     * Notes when buyer-service's relay handed each probe's event to Kafka (the record's create time, set by its
     * producer), so that the delay splits into buyer-service's part and the broker's plus the tracker's.
     */
    private static final class RelayWatch implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final Thread thread;
        private volatile boolean running = true;

        RelayWatch(String kafka, Map<String, Long> committedAt, Latencies published) {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-relay-watch-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            consumer = new KafkaConsumer<>(config);
            consumer.subscribe(List.of("purchases.events"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            thread = new Thread(() -> {
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        Long committed = committedAt.get(record.key());
                        if (committed != null && seen.add(record.key())) {
                            published.add((record.timestamp() - committed) * 1_000_000L);
                        }
                    }
                }
                consumer.close();
            }, "relay-watch");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5_000);
        }
    }

    /** Polls the tracker every 10 ms until the probe canteen's purchases are all counted (at most 30 s). */
    private static void poll(HttpClient http, ScheduledExecutorService pollers, URI tracker, String token, UUID canteen,
                             int year, int lines, long committed, Latencies visible, AtomicInteger lost) {
        HttpRequest request = HttpRequest.newBuilder(tracker.resolve("/canteens/" + canteen + "/shares?year=" + year))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build();
        String counted = "\"purchaseCount\":" + lines + ",";
        pollers.execute(new Runnable() {
            @Override
            public void run() {
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    if (failure == null && response.statusCode() == 200 && response.body().contains(counted)) {
                        visible.add(System.nanoTime() - committed);
                    } else if (System.nanoTime() - committed > 30e9) {
                        lost.incrementAndGet();
                    } else {
                        pollers.schedule(this, 10, TimeUnit.MILLISECONDS);
                    }
                });
            }
        });
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static List<UUID> register(HttpClient http, URI buyer, String token, int count, int siretBase)
            throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"siret": "%s", "name": "Cantine benchmark %d", "type": "ECOLE", "postalCode": "62000",
                     "commune": "Arras", "inseeCode": "62041", "departmentCode": "62", "latitude": 50.291,
                     "longitude": 2.777, "mealsPerDay": 300}""".formatted(Sirets.of(siretBase + i, 1), i);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(buyer.resolve("/canteens"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("Cannot register a canteen: " + response.statusCode() + " " + response.body());
            }
            ids.add(UUID.fromString(id.group(1)));
        }
        return ids;
    }
}
