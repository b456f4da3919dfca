package io.ledgerline.platform.web;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Thrown by a capped request body the moment it goes past the limit; answered 413. */
class RequestBodyTooLargeException extends IOException {

    private final long limit;

    RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    static boolean causedBy(Throwable error) {
        return find(error) != null;
    }

    static RequestBodyTooLargeException find(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body must not be larger than " + limit + " bytes");
        problem.setType(URI.create("https://ledgerline.io/problems/too-large"));
        problem.setTitle("Request body too large");
        return problem;
    }

    /** Expected, like any refused request: no stack trace. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
