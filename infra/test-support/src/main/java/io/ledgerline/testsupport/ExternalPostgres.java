package io.ledgerline.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Uses a server someone else runs: reserves a fresh database on it for this JVM and drops it at exit. */
final class ExternalPostgres {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private ExternalPostgres() {
    }

    static TestPostgres createDatabase(String serverUrl, String username, String password) {
        String database = "ledgerline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, username, password, "CREATE DATABASE " + database);
        ShutdownHooks.register("postgres-database",
                () -> execute(serverUrl, username, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
        return new TestPostgres(withDatabase(serverUrl, database), username, password);
    }

    static String withDatabase(String serverUrl, String database) {
        Matcher url = JDBC_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException(Env.POSTGRES_URL + " is not a jdbc:postgresql:// URL: " + serverUrl);
        }
        return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }
}
