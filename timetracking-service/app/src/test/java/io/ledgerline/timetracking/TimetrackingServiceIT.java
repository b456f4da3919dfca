package io.ledgerline.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class TimetrackingServiceIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalManagementPort
    int managementPort;

    @Test
    void startsOnItsOwnSchemaAndReportsReadyOnItsManagementPort() {
        var readiness = http.getForEntity("http://127.0.0.1:" + managementPort + "/actuator/health/readiness",
                String.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'timetracking'""", String.class))
                .contains("domain_event_entry", "token_entry", "processed_event");
    }
}
