package io.ledgerline.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 413: an expected client mistake, so it carries no stack trace into the logs of the proxy client. */
class RequestBodyTooLargeException extends ResponseStatusException {

    RequestBodyTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "Request body is larger than " + limit + " bytes");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
