package io.ledgerline.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.billing.command.api.ChangeSellerLogoCommand;
import io.ledgerline.billing.command.api.SellerLogoChangedEvent;
import io.ledgerline.billing.command.api.SellerProfileUpdatedEvent;
import io.ledgerline.billing.command.api.UpdateSellerProfileCommand;
import io.ledgerline.platform.context.CallerContext;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The one seller profile of a tenant (id {@code seller-profile/<tenant>}): who its invoices come from. Versioned like
 * every aggregate, so an issued invoice can name the version it was issued with.
 */
@Aggregate
class SellerProfile {

    @AggregateIdentifier
    private String profileId;
    private String tenant;

    SellerProfile() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UpdateSellerProfileCommand command, @MetaDataValue(CallerContext.TENANT) String caller) {
        if (!UpdateSellerProfileCommand.profileIdOf(caller).equals(command.profileId())) {
            throw new AggregateNotFoundException(command.profileId(), "no seller profile " + command.profileId());
        }
        Long version = AggregateLifecycle.getVersion();
        if (command.expectedVersion() != null && !command.expectedVersion().equals(version)) {
            throw new ConflictingAggregateVersionException(command.profileId(), command.expectedVersion(),
                    version == null ? -1 : version);
        }
        SellerRules.require(command.details());
        apply(new SellerProfileUpdatedEvent(command.profileId(), SellerRules.cleaned(command.details())));
    }

    @CommandHandler
    void handle(ChangeSellerLogoCommand command, @MetaDataValue(CallerContext.TENANT) String caller) {
        if (!caller.equals(tenant)) {
            throw new AggregateNotFoundException(profileId, "no seller profile " + profileId);
        }
        SellerRules.requireLogo(command.mediaType(), command.image());
        apply(new SellerLogoChangedEvent(profileId, command.mediaType(), command.image()));
    }

    @EventSourcingHandler
    void on(SellerProfileUpdatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        profileId = event.profileId();
        this.tenant = tenant;
    }

    @EventSourcingHandler
    void on(SellerLogoChangedEvent event) {
        // the logo decides nothing later on
    }
}
