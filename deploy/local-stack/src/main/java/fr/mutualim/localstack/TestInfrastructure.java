package fr.mutualim.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL server and Kafka broker of a test JVM, started once and shared by every test
 * (and every Quarkus test profile) of that JVM.
 *
 * <p>By default both are embedded and listen on free ports. To test against servers you already
 * run, set {@code MUTUALIM_TEST_JDBC_URL} (a JDBC URL of a database on a server where the user may
 * create databases, e.g. {@code jdbc:postgresql://localhost:5432/postgres}),
 * {@code MUTUALIM_TEST_DB_USER}, {@code MUTUALIM_TEST_DB_PASSWORD} and
 * {@code MUTUALIM_TEST_KAFKA_BOOTSTRAP_SERVERS}. Each test application gets a database of its own.
 *
 * <p>The endpoints are kept in system properties because Quarkus may load this class in more than
 * one class loader of the same JVM; the servers must still be started only once.
 */
public final class TestInfrastructure {

    static final String ADMIN_JDBC_URL = "mutualim.test.admin-jdbc-url";
    static final String DB_USER = "mutualim.test.db-user";
    static final String DB_PASSWORD = "mutualim.test.db-password";
    static final String KAFKA = "mutualim.test.kafka";
    static final String TOKEN_KEYS = "mutualim.test.token-keys";

    private TestInfrastructure() {
    }

    /** Servers for this JVM's tests, started on first call. */
    public static synchronized Endpoints ensureStarted() throws IOException {
        if (System.getProperty(KAFKA) == null) {
            start();
        }
        return new Endpoints(System.getProperty(ADMIN_JDBC_URL), System.getProperty(DB_USER),
                System.getProperty(DB_PASSWORD), System.getProperty(KAFKA), Path.of(System.getProperty(TOKEN_KEYS)));
    }

    private static void start() throws IOException {
        quietServerStartLogs();
        Path work = Files.createTempDirectory("mutualim-test-");
        String jdbc = System.getenv("MUTUALIM_TEST_JDBC_URL");
        String kafka = System.getenv("MUTUALIM_TEST_KAFKA_BOOTSTRAP_SERVERS");
        EmbeddedDatabase database = null;
        KafkaBroker broker = null;
        if (jdbc == null) {
            database = EmbeddedDatabase.start(null, 0);
            jdbc = database.jdbcUrl("postgres");
            System.setProperty(DB_USER, EmbeddedDatabase.USER);
            System.setProperty(DB_PASSWORD, "");
        } else {
            System.setProperty(DB_USER, envOr("MUTUALIM_TEST_DB_USER", "postgres"));
            System.setProperty(DB_PASSWORD, envOr("MUTUALIM_TEST_DB_PASSWORD", ""));
        }
        if (kafka == null) {
            broker = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free());
            kafka = broker.bootstrapServers();
        }
        TokenIssuer.in(work.resolve("keys"));
        System.setProperty(ADMIN_JDBC_URL, jdbc);
        System.setProperty(KAFKA, kafka);
        System.setProperty(TOKEN_KEYS, work.resolve("keys").toString());
        EmbeddedDatabase ownDatabase = database;
        KafkaBroker ownBroker = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(ownDatabase, ownBroker, work), "mutualim-test-infra-stop"));
    }

    /** Holds the loggers: java.util.logging keeps only weak references to configured loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    /** The servers start before Quarkus configures logging: keep their chatter off the test output. */
    private static void quietServerStartLogs() {
        for (String name : new String[] {"io.zonky", "org.apache.kafka"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.SEVERE);
            QUIET.add(logger);
        }
    }

    private static void stop(EmbeddedDatabase database, KafkaBroker broker, Path work) {
        if (broker != null) {
            broker.close();
        }
        try {
            if (database != null) {
                database.close();
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException ignored) {
            // Best effort at JVM exit: the temp directory is left for the OS to reclaim.
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Where the test servers are. */
    public record Endpoints(String adminJdbcUrl, String user, String password, String kafkaBootstrapServers,
                            Path tokenKeys) {

        /** Creates a new, empty database and returns its JDBC URL. */
        public String newDatabase(String prefix) throws SQLException {
            String name = prefix + "_" + Long.toHexString(System.nanoTime());
            EmbeddedDatabase.ensureDatabase(adminJdbcUrl, user, password, name);
            return adminJdbcUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        }
    }
}
