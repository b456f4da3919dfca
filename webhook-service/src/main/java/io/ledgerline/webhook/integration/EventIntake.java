package io.ledgerline.webhook.integration;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.inbox.InboundEvent;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.webhook.delivery.Deliveries;
import io.ledgerline.webhook.delivery.EventLog;
import io.ledgerline.webhook.delivery.StoredEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Takes every event of a topic: stores it as received and enqueues a delivery per webhook that selects it. Runs in
 * the inbox's transaction, so an event is taken once; an event id already stored is not enqueued again.
 */
class EventIntake {

    private static final String JSON = "application/json";

    private final EventLog events;
    private final Deliveries deliveries;

    EventIntake(EventLog events, Deliveries deliveries) {
        this.events = events;
        this.deliveries = deliveries;
    }

    /** A subscription to the catalog's topic with a handler for every type published on it. */
    Subscription subscribe(String name, EventCatalog catalog) {
        Subscription subscription = Subscription.named(name, catalog);
        catalog.events().forEach(eventClass -> on(subscription, eventClass, catalog));
        return subscription;
    }

    private <T extends IntegrationEvent> void on(Subscription subscription, Class<T> eventClass,
                                                 EventCatalog catalog) {
        subscription.on(eventClass, event -> take(catalog, event));
    }

    void take(EventCatalog catalog, InboundEvent<?> event) {
        StoredEvent stored = asReceived(catalog, event, event.record());
        if (events.store(stored)) {
            deliveries.enqueue(stored);
        }
    }

    private static StoredEvent asReceived(EventCatalog catalog, InboundEvent<?> event,
                                          ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String source = CloudEventHeaders.text(headers, CloudEventHeaders.SOURCE);
        String time = CloudEventHeaders.text(headers, CloudEventHeaders.TIME);
        String contentType = CloudEventHeaders.text(headers, CloudEventHeaders.CONTENT_TYPE);
        return new StoredEvent(event.id(), event.caller().tenant(), record.topic(), event.type(),
                source == null ? catalog.source() : source, event.subject(),
                time == null ? event.time().toString() : time, event.time(), contentType == null ? JSON : contentType,
                CloudEventHeaders.text(headers, CloudEventHeaders.ACTOR),
                CloudEventHeaders.text(headers, CloudEventHeaders.CORRELATION_ID),
                CloudEventHeaders.text(headers, CloudEventHeaders.CAUSATION_ID), record.value());
    }
}
