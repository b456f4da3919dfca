package io.ledgerline.platform.inbox;

/** A record that can never be applied, however often it is tried: it goes to the dead-letter topic at once. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
