package io.ledgerline.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.PrematureCloseException;

/**
 * A downstream that never took the request is 503 (safe to retry as it is); one that died after taking it is 502,
 * since the request may have been carried out; only the unforeseen is 500.
 */
class FailureTest {

    @Test
    void aRefusedConnectionIsUnavailable() {
        assertThat(Failure.of(new ConnectException("Connection refused"), "/api/v1/tasks").status().value())
                .isEqualTo(503);
    }

    @Test
    void aConnectionClosedOrResetBeforeTheAnswerIsABadGatewayNotAnInternalError() {
        Failure closed = Failure.of(PrematureCloseException.TEST_EXCEPTION, "/api/v1/tasks");
        Failure reset = Failure.of(new IllegalStateException(new IOException("Connection reset by peer")),
                "/api/v1/tasks");

        assertThat(closed.status().value()).isEqualTo(502);
        assertThat(closed.detail()).contains("/api/v1/tasks", "Idempotency-Key");
        assertThat(reset.status().value()).isEqualTo(502);
    }

    @Test
    void anythingUnforeseenIsABare500() {
        Failure failure = Failure.of(new IllegalStateException("bug"), "/api/v1/tasks");

        assertThat(failure.status().value()).isEqualTo(500);
        assertThat(failure.detail()).doesNotContain("bug");
    }
}
