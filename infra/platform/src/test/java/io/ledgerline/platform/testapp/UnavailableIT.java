package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without database connections a command is answered 503 with Retry-After, as problem+json, whether the failure
 * comes from the Idempotency-Key claim (a filter) or from the command's transaction (a controller), and leaves
 * nothing behind; once connections are back the same key is accepted. The pool is suspended so that getting a
 * connection fails at once, as it does when PostgreSQL is down (the whole-stack outage is in infra/local-stack).
 */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class UnavailableIT {

    private static final String THROW_IF_SUSPENDED = "com.zaxxer.hikari.throwIfSuspended";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private OpsClient client;

    @BeforeEach
    void setUp() {
        client = OpsClient.asAdmin(port);
        System.setProperty(THROW_IF_SUSPENDED, "true");
    }

    @AfterEach
    void resume() {
        pool().resumePool();
        System.clearProperty(THROW_IF_SUSPENDED);
    }

    @Test
    void commandsWithoutTheDatabaseAre503AndLeaveNothingBehind() {
        String key = PlatformTestSupport.newId();
        String keyed = "{\"text\":\"keyed " + key + "\"}";
        String unkeyed = "{\"text\":\"unkeyed " + key + "\"}";
        pool().suspendPool();

        HttpResponse<String> viaFilter = client.post("/api/v1/notes", keyed, "Idempotency-Key", key);
        HttpResponse<String> viaController = client.post("/api/v1/notes", unkeyed);

        for (HttpResponse<String> refused : List.of(viaFilter, viaController)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("https://ledgerline.io/problems/unavailable");
        }
        pool().resumePool();
        assertThat(eventsMentioning(key)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?",
                Long.class, key)).isZero();

        HttpResponse<String> retried = client.post("/api/v1/notes", keyed, "Idempotency-Key", key);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(eventsMentioning(key)).isOne();
    }

    private HikariPoolMXBean pool() {
        try {
            return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventsMentioning(String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%" + text + "%");
    }
}
