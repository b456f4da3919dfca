package io.ledgerline.testsupport;

/**
 * The one PostgreSQL server of this test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Picked in this order: the server named by {@code LEDGERLINE_POSTGRES_URL} (with
 * {@code LEDGERLINE_POSTGRES_USER} and {@code LEDGERLINE_POSTGRES_PASSWORD}), on which a fresh database
 * {@code ledgerline_test_<random>} is created for this JVM; a Testcontainers {@code postgres:16-alpine}
 * when a Docker engine is present; else an embedded PostgreSQL on a free port.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    TestPostgres(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** Returns the server of this JVM, starting it on the first call. */
    public static synchronized TestPostgres instance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestPostgres start() {
        TestDirectories.tmp();
        return Env.get(Env.POSTGRES_URL)
                .map(url -> ExternalPostgres.createDatabase(url,
                        Env.get(Env.POSTGRES_USER).orElse("postgres"),
                        Env.get(Env.POSTGRES_PASSWORD).orElse("")))
                .orElseGet(() -> Docker.isAvailable() ? ContainerPostgres.start() : EmbeddedPostgresServer.start());
    }

    /** JDBC URL of the database reserved for this JVM. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** User to connect as. */
    public String username() {
        return username;
    }

    /** Password of {@link #username()}; may be empty. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "TestPostgres[" + jdbcUrl + " as " + username + "]";
    }
}
