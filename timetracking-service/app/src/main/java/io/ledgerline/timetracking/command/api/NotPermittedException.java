package io.ledgerline.timetracking.command.api;

/** The caller's role on the project does not allow the change: answered 403. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
