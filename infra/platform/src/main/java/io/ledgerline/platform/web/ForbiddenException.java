package io.ledgerline.platform.web;

/**
 * The caller may not do this to a resource that exists in their tenant (a data-dependent permission, such as
 * managing that very project, is missing): answered 403. Thrown before any command is sent, so nothing is stored.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
