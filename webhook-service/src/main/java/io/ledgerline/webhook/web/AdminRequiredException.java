package io.ledgerline.webhook.web;

/** The caller is authenticated but is not an admin of its tenant: answered 403. */
class AdminRequiredException extends RuntimeException {

    AdminRequiredException() {
        super("Only an admin of the tenant manages webhooks");
    }
}
