package io.ledgerline.platform.web;

/** A change that must be conditional came without If-Match: answered 428 Precondition Required (RFC 6585). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change requires If-Match: the ETag of the version it is based on, or *");
    }
}
