package io.ledgerline.gateway.web;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a failure means to the caller: its status, a detail safe to show and the headers it needs (such as
 * {@code Retry-After} or {@code WWW-Authenticate}). A downstream that refuses the connection, does not answer in
 * time or whose circuit breaker is open is 503, and so is an identity provider whose keys cannot be fetched; a
 * downstream that closes or resets the connection after it took the request (it crashed) is 502, since it may have
 * carried the request out: the client retries it with its Idempotency-Key. Anything unforeseen is a bare 500.
 */
record Failure(HttpStatusCode status, String detail, HttpHeaders headers) {

    Failure(HttpStatusCode status, String detail) {
        this(status, detail, HttpHeaders.EMPTY);
    }

    static Failure of(Throwable error, String path) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseStatusException statusError) {
                return ofStatus(statusError, path);
            }
            if (cause instanceof ConnectException || isTimeout(cause) || cause instanceof ServiceUnavailableException) {
                return unavailable(path);
            }
            if (cause instanceof IOException) {
                return new Failure(HttpStatus.BAD_GATEWAY, "The service behind " + path + " closed the connection "
                        + "without an answer; the request may have been carried out, so retry it with the same "
                        + "Idempotency-Key.");
            }
            if (cause instanceof AuthenticationServiceException) {
                return new Failure(HttpStatus.SERVICE_UNAVAILABLE, "The token could not be checked; try again later.");
            }
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway could not handle the request.");
    }

    boolean isServerError() {
        return status.is5xxServerError();
    }

    private static Failure ofStatus(ResponseStatusException error, String path) {
        HttpStatusCode status = error.getStatusCode();
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()
                || status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return unavailable(path); // Spring Cloud Gateway's response timeout, or an open circuit breaker
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return new Failure(status, "No route for " + path);
        }
        if (status.is5xxServerError()) {
            return new Failure(status, "The gateway could not handle the request.");
        }
        return new Failure(status, error.getReason() != null ? error.getReason() : error.getMessage(),
                error.getHeaders());
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
