package io.ledgerline.platform.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The parts of a first response that a replay returns. */
record StoredResponse(int status, String location, String etag, String contentType, byte[] body) {

    static StoredResponse of(ContentCachingResponseWrapper response) {
        return new StoredResponse(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                response.getHeader(HttpHeaders.ETAG), response.getContentType(), response.getContentAsByteArray());
    }

    void replay(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (location != null) {
            response.setHeader(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.getOutputStream().write(body);
    }
}
