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
    private final EmbeddedPostgres embedded;
    private boolean closed;

    private Postgres(String jdbcUrl, String user, String password, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static Postgres start(StackSettings settings) {
        if (!settings.embeddedPostgres()) {
            return new Postgres(settings.postgresUrl(), settings.postgresUser(), settings.postgresPassword(), null);
        }
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
            return new Postgres("jdbc:postgresql://127.0.0.1:%d/%s".formatted(settings.postgresPort(), DATABASE),
                    "postgres", "postgres", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start, see " + data.log("postgres"), e);
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
        if (embedded == null || closed) {
            return;
        }
        closed = true;
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
