package fr.mutualim.localstack;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one process), run in
 * a child JVM from the jars Maven resolved. The storage is formatted on first start and kept in its
 * directory, so a restart on the same directory finds its topics and offsets again.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private ChildJvm process;

    private KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker and waits until it answers; returns only once clients can use it. */
    public static KafkaBroker start(Path directory, int port, int controllerPort) throws IOException {
        KafkaBroker broker = new KafkaBroker(directory, port, controllerPort);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts (or restarts, after {@link #stop}) the broker on the same ports and storage. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path config = writeConfig();
        if (!Files.exists(directory.resolve("data/meta.properties"))) {
            format(config);
        }
        process = ChildJvm.start("kafka", RuntimeClasspath.entries(),
                List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties")),
                "kafka.Kafka", List.of(config.toString()), Map.of(), directory.resolve("kafka.log"));
        awaitReady();
    }

    /** Kills the broker at once, as a crash would: what clients sent and was not acknowledged is lost. */
    public synchronized void kill() {
        if (process != null) {
            process.stop(Duration.ZERO);
        }
    }

    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(directory.resolve("data"));
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.setProperty("log.dirs", directory.resolve("data").toString());
        props.setProperty("num.partitions", "3");
        props.setProperty("auto.create.topics.enable", "true");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "5");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        Path config = directory.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            props.store(out, "Written by the Mutualim local stack on each start");
        }
        Files.writeString(directory.resolve("log4j2.properties"), """
                rootLogger.level = WARN
                rootLogger.appenderRef.file.ref = file
                appender.file.type = File
                appender.file.name = file
                appender.file.fileName = %s
                appender.file.layout.type = PatternLayout
                appender.file.layout.pattern = %%d %%p %%c{1} %%m%%n
                """.formatted(directory.resolve("broker.log")));
        return config;
    }

    private void format(Path config) throws IOException {
        ChildJvm formatter = ChildJvm.start("kafka-storage-format", RuntimeClasspath.entries(),
                List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties")),
                "kafka.tools.StorageTool",
                List.of("format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                Map.of(), directory.resolve("kafka.log"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (formatter.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        formatter.stop(Duration.ZERO);
        if (!Files.exists(directory.resolve("data/meta.properties"))) {
            throw new IOException("Formatting the Kafka storage failed; see " + directory.resolve("kafka.log"));
        }
    }

    private void awaitReady() throws IOException {
        Properties admin = new Properties();
        admin.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        admin.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        admin.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin client = Admin.create(admin)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("The Kafka broker exited during start-up; see " + process.log());
                }
                try {
                    client.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("The Kafka broker did not become ready in " + READY_TIMEOUT
                                + "; see " + process.log(), notYet);
                    }
                }
            }
        }
    }
}
