package io.ledgerline.platform.context;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies tenant and correlation id from the message being handled onto every message it causes, with the actor and
 * cause that make the chain readable. Replaces Axon's default origin provider, whose "correlationId" means something
 * else.
 * <ul>
 *   <li>Events a command causes keep its actor. Their cause is the command's own cause when it has one (a command
 *   sent in reaction to an event names that event), so a reaction's events name the event they answer; a request's
 *   command has none, and its events name the command.</li>
 *   <li>Commands an event handler sends (a saga, a policy) are the service's reaction: acted by
 *   {@code system:<service>} and caused by the event.</li>
 * </ul>
 */
class CallerCorrelationDataProvider implements CorrelationDataProvider {

    private final String service;

    CallerCorrelationDataProvider(String service) {
        this.service = service;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return CallerContext.of(message.getMetaData())
                .map(context -> causedContext(context, message).asMetaData())
                .orElseGet(Map::of);
    }

    private CallerContext causedContext(CallerContext context, Message<?> message) {
        if (message instanceof EventMessage<?>) {
            return context.reactionBy(service, message.getIdentifier());
        }
        if (message instanceof CommandMessage<?> && context.causationId() != null) {
            return context;
        }
        return context.causedBy(message.getIdentifier());
    }
}
