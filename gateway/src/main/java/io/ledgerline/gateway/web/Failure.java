package io.ledgerline.gateway.web;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a failure means to the caller: its status and a detail safe to show. A downstream that refuses
 * the connection or does not answer in time is 503; anything unforeseen is a bare 500.
 */
record Failure(HttpStatusCode status, String detail) {

    static Failure of(Throwable error, String path) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseStatusException statusError) {
                return ofStatus(statusError, path);
            }
            if (cause instanceof ConnectException || isTimeout(cause)) {
                return unavailable(path);
            }
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway could not handle the request.");
    }

    boolean isServerError() {
        return status.is5xxServerError();
    }

    private static Failure ofStatus(ResponseStatusException error, String path) {
        HttpStatusCode status = error.getStatusCode();
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return unavailable(path); // Spring Cloud Gateway's response timeout
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return new Failure(status, "No route for " + path);
        }
        if (status.is5xxServerError()) {
            return new Failure(status, "The gateway could not handle the request.");
        }
        return new Failure(status, error.getReason() != null ? error.getReason() : error.getMessage());
    }

    private static Failure unavailable(String path) {
        return new Failure(HttpStatus.SERVICE_UNAVAILABLE, "The service behind " + path + " is unavailable.");
    }

    private static boolean isTimeout(Throwable error) {
        return error instanceof TimeoutException
                || error instanceof io.netty.handler.timeout.TimeoutException
                || error instanceof org.springframework.cloud.gateway.support.TimeoutException;
    }
}
