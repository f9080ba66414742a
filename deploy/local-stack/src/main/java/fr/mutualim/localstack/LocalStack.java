package fr.mutualim.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole suite on one machine: embedded PostgreSQL (one database per service), a Kafka broker,
 * a token issuer, and the four packaged services as child JVMs. What {@code ./mutualim up} runs, and
 * what the end-to-end tests start.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=96m", "-Xss512k");
    /**
     * supplier-service keeps its search index in its heap (about 30 MB for 100 000 offers) and every
     * search allocates; egalim-tracker-service allocates for every event it ingests (up to 2 000 per
     * poll on each of three partitions). A heap that starts at 64 MB grows only through full
     * collections, each a stop of 100 ms and more that search latency and ingestion show, and its
     * young generation is a few MB, collected many times a second under load (docs/benchmarks.md).
     * These two start at their maximum instead. Their classes take about 100 MB of metaspace: below a
     * first threshold of 128 MB, loading them (some only at the first requests) does not trigger full
     * collections either.
     */
    private static final List<String> FULL_HEAP_JVM = List.of("-Xms256m", "-Xmx256m", "-XX:MetaspaceSize=128m",
            "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m", "-Xss512k");

    private final Options options;
    private final Consumer<String> progress;
    private final Map<ServiceKind, ChildJvm> services = new EnumMap<>(ServiceKind.class);
    private EmbeddedDatabase database;
    private KafkaBroker kafka;
    private TokenIssuer tokens;

    /** Where the project is, where the stack keeps its data, and on which ports it listens. */
    public record Options(Path projectRoot, Path home, Ports ports) {
    }

    private LocalStack(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Starts everything and returns once every service answers ready; on failure stops what it started. */
    public static LocalStack start(Options options, Consumer<String> progress) throws IOException {
        LocalStack stack = new LocalStack(options, progress);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Deletes the stack's data directory: the next start begins from nothing. */
    public static void wipe(Path home) throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void startAll() throws IOException {
        Ports ports = options.ports();
        Path home = options.home();
        progress.accept("PostgreSQL on port " + ports.postgres() + " ...");
        database = EmbeddedDatabase.start(home.resolve("postgres"), ports.postgres());
        for (ServiceKind service : ServiceKind.values()) {
            try {
                database.ensureDatabase(service.database());
            } catch (java.sql.SQLException e) {
                throw new IOException("Cannot create database " + service.database(), e);
            }
        }
        progress.accept("Kafka on port " + ports.kafka() + " ...");
        kafka = KafkaBroker.start(home.resolve("kafka"), ports.kafka(), ports.kafkaController());
        tokens = TokenIssuer.in(home.resolve("keys"));
        for (ServiceKind service : ServiceKind.values()) {
            services.put(service, startService(service));
        }
        for (ServiceKind service : ServiceKind.values()) {
            awaitReady(service);
            progress.accept(service.module() + " ready on port " + ports.of(service));
        }
    }

    private ChildJvm startService(ServiceKind service) throws IOException {
        Path runner = options.projectRoot().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(runner)) {
            throw new IOException(runner + " is missing: build the project first (./mvnw package -DskipTests)");
        }
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(options.ports().of(service)),
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER);
        return ChildJvm.start(service.module(), List.of(runner.toString()),
                service == ServiceKind.SUPPLIER || service == ServiceKind.EGALIM_TRACKER ? FULL_HEAP_JVM : SERVICE_JVM,
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint", List.of(), env,
                options.home().resolve("logs").resolve(service.module() + ".log"));
    }

    private void awaitReady(ServiceKind service) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(url(service).resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        ChildJvm process = services.get(service);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException(service.module() + " exited during start-up; see " + process.log());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for " + service.module(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(service.module() + " not ready after " + READY_TIMEOUT + "; see " + process.log());
            }
            sleep(250);
        }
    }

    public URI url(ServiceKind service) {
        return URI.create("http://localhost:" + options.ports().of(service));
    }

    /** The JDBC URL of a service's own database (user {@link EmbeddedDatabase#USER}, no password). */
    public String jdbcUrl(ServiceKind service) {
        return database.jdbcUrl(service.database());
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Options options() {
        return options;
    }

    /** Stops one service (SIGTERM: it finishes its work in progress); its data stays. For benchmarks and tests. */
    public void stop(ServiceKind service) {
        services.get(service).stop(Duration.ofSeconds(20));
    }

    /** Starts a service stopped by {@link #stop} again and returns once it answers ready. */
    public void restart(ServiceKind service) throws IOException {
        services.put(service, startService(service));
        awaitReady(service);
    }

    /** The services whose process has exited although nobody stopped it. */
    public List<String> deadServices() {
        List<String> dead = new ArrayList<>();
        services.forEach((service, process) -> {
            if (!process.isAlive()) {
                dead.add(service.module() + " (see " + process.log() + ")");
            }
        });
        return dead;
    }

    /** Stops the services first (they flush their consumers and relays), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        services.values().parallelStream().forEach(process -> process.stop(Duration.ofSeconds(20)));
        if (kafka != null) {
            kafka.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                progress.accept("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
