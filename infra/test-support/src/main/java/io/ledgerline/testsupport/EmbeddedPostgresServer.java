package io.ledgerline.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * PostgreSQL run from the binaries in the zonky jars, for machines without Docker. PostgreSQL refuses
 * to run as root; as root, zonky starts it through {@code unshare -U}, where it runs as {@code nobody}.
 * Its binaries and data live under {@code java.io.tmpdir} ({@code target/tmp} in the build).
 */
final class EmbeddedPostgresServer {

    private static final String USER = "postgres";

    private EmbeddedPostgresServer() {
    }

    static TestPostgres start() {
        try {
            Path dataDirectory = TestDirectories.tmp().resolve("postgres-" + UUID.randomUUID());
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    // a test database need not survive a crash; these make it several times faster
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            ShutdownHooks.register("postgres-embedded", postgres);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            return new TestPostgres(url, USER, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }
}
