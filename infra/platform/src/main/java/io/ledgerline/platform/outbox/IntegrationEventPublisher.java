package io.ledgerline.platform.outbox;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.context.CallerContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends one service's integration events to its topic as CloudEvents in binary mode: key = aggregate id (so one
 * aggregate's events stay in order), value = JSON, {@code ce_id} = the id of the stored event that caused it, which
 * stays the same when a record is sent again and is what consumers deduplicate on.
 */
public class IntegrationEventPublisher {

    /** The processing group of every service's publication handlers. */
    public static final String PROCESSING_GROUP = "integration-publisher";
    /** Events refused for want of a tenant, by CloudEvents type: {@code ledgerline_outbox_refused_total}. */
    public static final String REFUSED_METER = "ledgerline.outbox.refused";
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCatalog catalog;
    private final PendingSends pendingSends;
    private final MeterRegistry meters;

    IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, EventCatalog catalog, PendingSends pendingSends,
                              MeterRegistry meters) {
        this.kafka = kafka;
        this.catalog = catalog;
        this.pendingSends = pendingSends;
        this.meters = meters;
    }

    /**
     * Publishes the integration event the stored event {@code cause} maps to. Inside an event processor's unit of work
     * the send is awaited before the unit of work commits; elsewhere it is awaited at once.
     *
     * <p>A stored event without a tenant is refused, not sent: every consumer would reject it as poison and park it
     * on its dead-letter topic. The refusal is logged at ERROR and counted ({@code ledgerline_outbox_refused_total},
     * alert {@code OutboxRefusedEvents}); the event stays in the event store, and once its metadata is repaired a
     * replay of {@value #PROCESSING_GROUP} sends it (docs/operations.md).
     */
    public void publish(IntegrationEvent event, EventMessage<?> cause) {
        String type = EventCatalog.typeOf(event.getClass());
        if (catalog.eventClass(type).isEmpty()) {
            throw new IllegalArgumentException(type + " is not in the catalog of " + catalog.topic());
        }
        String key = cause instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : cause.getIdentifier();
        if (CallerContext.of(cause.getMetaData()).map(CallerContext::tenant).filter(t -> !t.isBlank()).isEmpty()) {
            refuse(type, key, cause);
            return;
        }
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(catalog.topic(), null, key, IntegrationJson.write(event));
        writeHeaders(record.headers(), type, key, cause);
        CompletableFuture<?> sent = kafka.send(record);
        pendingSends.awaitBeforeCommit(sent);
    }

    private void refuse(String type, String aggregateId, EventMessage<?> cause) {
        LOG.error("Refused to publish {} (event {}, {} {}): it carries no tenant, so every consumer would reject it. "
                        + "It stays in the event store; repair its metadata and replay {} (docs/operations.md).",
                type, cause.getIdentifier(), cause instanceof DomainEventMessage<?> domain ? domain.getType()
                        : "aggregate", aggregateId, PROCESSING_GROUP);
        meters.counter(REFUSED_METER, "type", type).increment();
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
