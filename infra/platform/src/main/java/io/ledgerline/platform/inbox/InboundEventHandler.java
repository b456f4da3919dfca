package io.ledgerline.platform.inbox;

import io.ledgerline.contract.IntegrationEvent;

/** Applies one kind of integration event; runs inside the inbox's transaction, as the event's caller. */
@FunctionalInterface
public interface InboundEventHandler<T extends IntegrationEvent> {

    void handle(InboundEvent<T> event);
}
