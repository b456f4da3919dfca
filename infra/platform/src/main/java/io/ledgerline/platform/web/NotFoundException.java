package io.ledgerline.platform.web;

/** The resource asked for does not exist for this tenant: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
