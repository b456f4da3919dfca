package io.ledgerline.platform.outbox;

/** Records of a batch were not acknowledged by the broker; the batch will be sent again. */
public class PublicationFailedException extends RuntimeException {

    PublicationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
