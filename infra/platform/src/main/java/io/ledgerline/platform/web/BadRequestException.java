package io.ledgerline.platform.web;

/** The request itself is malformed (a header, a parameter): answered 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
