package io.ledgerline.platform.inbox;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one consumer of a service takes from another service's topic: a handler per event type. Event types without a
 * handler are acknowledged and skipped. Declare one as a bean; the platform runs it in its own consumer group,
 * {@code <spring.application.name>.<name>}.
 */
public final class Subscription {

    private final String name;
    private final EventCatalog catalog;
    private final Map<String, Handling<?>> handlers = new LinkedHashMap<>();

    private Subscription(String name, EventCatalog catalog) {
        this.name = name;
        this.catalog = catalog;
    }

    /** A subscription called {@code name} (unique within the service) to the topic of {@code catalog}. */
    public static Subscription named(String name, EventCatalog catalog) {
        return new Subscription(name, catalog);
    }

    /** Applies events of the given type with the given handler. */
    public <T extends IntegrationEvent> Subscription on(Class<T> eventClass, InboundEventHandler<T> handler) {
        String type = EventCatalog.typeOf(eventClass);
        if (catalog.eventClass(type).isEmpty()) {
            throw new IllegalArgumentException(type + " is not published on " + catalog.topic());
        }
        handlers.put(type, new Handling<>(eventClass, handler));
        return this;
    }

    public String name() {
        return name;
    }

    public String topic() {
        return catalog.topic();
    }

    Optional<Handling<?>> handling(String eventType) {
        return Optional.ofNullable(handlers.get(eventType));
    }

    /** A handler and the class it takes. */
    record Handling<T extends IntegrationEvent>(Class<T> eventClass, InboundEventHandler<T> handler) {

        @SuppressWarnings("unchecked")
        void apply(InboundEvent<?> event) {
            handler.handle((InboundEvent<T>) event);
        }
    }
}
