package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.SellerLogoChangedEvent;
import io.ledgerline.billing.command.api.SellerProfileUpdatedEvent;
import io.ledgerline.platform.context.CallerContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** Keeps {@code seller_profile} and {@code seller_logo}; the version is the aggregate's sequence number. */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class SellerProfileProjection {

    private final SellerProfileStore profiles;

    SellerProfileProjection(SellerProfileStore profiles) {
        this.profiles = profiles;
    }

    @EventHandler
    void on(SellerProfileUpdatedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        profiles.details(tenant, event.details(), message.getSequenceNumber(), message.getTimestamp());
    }

    @EventHandler
    void on(SellerLogoChangedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        profiles.logo(tenant, event.mediaType(), event.image(), message.getSequenceNumber(), message.getTimestamp());
    }
}
