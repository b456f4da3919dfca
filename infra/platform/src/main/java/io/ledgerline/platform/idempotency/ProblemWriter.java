package io.ledgerline.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContexts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes a problem document from a filter, where no controller advice applies. */
class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://ledgerline.io/problems/idempotency"));
        problem.setTitle("Idempotency-Key conflict");
        CallerContexts.current().ifPresent(caller -> problem.setProperty("requestId", caller.correlationId()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
