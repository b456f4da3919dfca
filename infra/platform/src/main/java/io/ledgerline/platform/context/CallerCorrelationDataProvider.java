package io.ledgerline.platform.context;

import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies tenant, actor and correlation id from the message being handled onto every message it causes, and names
 * that message as their cause. Replaces Axon's default origin provider, whose "correlationId" means something else.
 */
class CallerCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return CallerContext.of(message.getMetaData())
                .map(context -> context.causedBy(message.getIdentifier()).asMetaData())
                .orElseGet(Map::of);
    }
}
