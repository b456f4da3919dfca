package io.ledgerline.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The PostgreSQL the services share: an external server if configured, else an embedded one in this JVM. */
final class Postgres implements AutoCloseable {

    static final String DATABASE = "ledgerline";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final boolean ownServer;
    private EmbeddedPostgres embedded;
    private boolean closed;

    private Postgres(String jdbcUrl, String user, String password, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.ownServer = embedded != null;
    }

    static Postgres start(StackSettings settings) {
        if (!settings.embeddedPostgres()) {
            return new Postgres(settings.postgresUrl(), settings.postgresUser(), settings.postgresPassword(), null);
        }
        return new Postgres("jdbc:postgresql://127.0.0.1:%d/%s".formatted(settings.postgresPort(), DATABASE),
                "postgres", "postgres", startEmbedded(settings));
    }

    private static EmbeddedPostgres startEmbedded(StackSettings settings) {
        DataDirectory data = settings.data();
        Redirect log = Redirect.appendTo(data.log("postgres").toFile());
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.postgresPort())
                    .setDataDirectory(data.postgres())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(data.tmp().resolve("embedded-pg").toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            createDatabaseIfMissing(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start, see " + data.log("postgres"), e);
        }
    }

    /** Stops the embedded server but keeps its data, so {@link #startServer} resumes where it was. */
    synchronized void stopServer() {
        requireEmbedded();
        if (embedded != null) {
            EmbeddedPostgres running = embedded;
            embedded = null;
            stop(running);
        }
    }

    /** Starts the embedded server again on the same port and data directory. */
    synchronized void startServer(StackSettings settings) {
        requireEmbedded();
        if (closed) {
            throw new IllegalStateException("The stack is stopped");
        }
        if (embedded == null) {
            embedded = startEmbedded(settings);
        }
    }

    private void requireEmbedded() {
        if (!ownServer) {
            throw new IllegalStateException("PostgreSQL is external (LEDGERLINE_POSTGRES_URL); the stack cannot stop it");
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Stops the embedded server, if it is ours; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (embedded != null) {
            stop(embedded);
            embedded = null;
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
