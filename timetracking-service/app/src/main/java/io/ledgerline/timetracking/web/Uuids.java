package io.ledgerline.timetracking.web;

/** How the API checks ids it is given. */
final class Uuids {

    static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String MESSAGE = "must be a UUID";

    private Uuids() {
    }
}
