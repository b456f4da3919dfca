package io.ledgerline.platform.web;

/** The request's If-Match cannot match the resource's current version: answered 412 Precondition Failed. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
