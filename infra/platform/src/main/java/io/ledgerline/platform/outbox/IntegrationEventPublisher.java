package io.ledgerline.platform.outbox;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.context.CallerContext;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends one service's integration events to its topic as CloudEvents in binary mode: key = aggregate id (so one
 * aggregate's events stay in order), value = JSON, {@code ce_id} = the id of the stored event that caused it, which
 * stays the same when a record is sent again and is what consumers deduplicate on.
 */
public class IntegrationEventPublisher {

    /** The processing group of every service's publication handlers. */
    public static final String PROCESSING_GROUP = "integration-publisher";

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCatalog catalog;
    private final PendingSends pendingSends;

    IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, EventCatalog catalog, PendingSends pendingSends) {
        this.kafka = kafka;
        this.catalog = catalog;
        this.pendingSends = pendingSends;
    }

    /**
     * Publishes the integration event the stored event {@code cause} maps to. Inside an event processor's unit of work
     * the send is awaited before the unit of work commits; elsewhere it is awaited at once.
     */
    public void publish(IntegrationEvent event, EventMessage<?> cause) {
        String type = EventCatalog.typeOf(event.getClass());
        if (catalog.eventClass(type).isEmpty()) {
            throw new IllegalArgumentException(type + " is not in the catalog of " + catalog.topic());
        }
        String key = cause instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : cause.getIdentifier();
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(catalog.topic(), null, key, IntegrationJson.write(event));
        writeHeaders(record.headers(), type, key, cause);
        CompletableFuture<?> sent = kafka.send(record);
        pendingSends.awaitBeforeCommit(sent);
    }

    private void writeHeaders(Headers headers, String type, String subject, EventMessage<?> cause) {
        CloudEventHeaders.put(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(headers, CloudEventHeaders.ID, cause.getIdentifier());
        CloudEventHeaders.put(headers, CloudEventHeaders.TYPE, type);
        CloudEventHeaders.put(headers, CloudEventHeaders.SOURCE, catalog.source());
        CloudEventHeaders.put(headers, CloudEventHeaders.TIME, cause.getTimestamp().toString());
        CloudEventHeaders.put(headers, CloudEventHeaders.SUBJECT, subject);
        CloudEventHeaders.put(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        CallerContext.of(cause.getMetaData()).ifPresent(caller -> {
            CloudEventHeaders.put(headers, CloudEventHeaders.TENANT, caller.tenant());
            CloudEventHeaders.put(headers, CloudEventHeaders.ACTOR, caller.actor());
            CloudEventHeaders.put(headers, CloudEventHeaders.CORRELATION_ID, caller.correlationId());
            CloudEventHeaders.put(headers, CloudEventHeaders.CAUSATION_ID, caller.causationId());
        });
    }
}
