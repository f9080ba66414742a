package fr.mutualim.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from Maven Central's binaries (zonky), started as a child process.
 * With a data directory it keeps its data between runs; without one it lives in a temp directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code port} (0 = any free port), in {@code dataDirectory} if given. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new EmbeddedDatabase(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        ensureDatabase(jdbcUrl("postgres"), USER, "", name);
    }

    /** Creates {@code name} on the server behind {@code adminUrl} unless it exists. */
    static void ensureDatabase(String adminUrl, String user, String password, String name) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (Connection connection = java.sql.DriverManager.getConnection(adminUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
