package io.ledgerline.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one service publishes: its topic and the integration events that travel on it. Each {@code api} module
 * declares one catalog; publishers use it to name records, consumers to read them, contract tests to check them.
 *
 * @param topic  the Kafka topic, for example {@code ledgerline.project.v1}
 * @param source the CloudEvents {@code source} of every event on the topic, for example {@code /ledgerline/project-service}
 * @param events the published event types
 */
public record EventCatalog(String topic, String source, List<Class<? extends IntegrationEvent>> events) {

    private static final String SCHEMA_FOLDER = "ledgerline/schemas/";

    public EventCatalog {
        events = List.copyOf(events);
        events.forEach(EventCatalog::typeOf);
    }

    /** The CloudEvents type of an event class, from its {@link EventType} annotation. */
    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return type.value();
    }

    /** The class path resource of the JSON Schema that describes events of the given type. */
    public static String schemaResource(String eventType) {
        return SCHEMA_FOLDER + eventType + ".schema.json";
    }

    /** The name of the dead-letter topic beside a topic. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlt";
    }

    /** The event class published under a CloudEvents type, if this catalog has one. */
    public Optional<Class<? extends IntegrationEvent>> eventClass(String eventType) {
        return Optional.ofNullable(byType().get(eventType));
    }

    /** Every event class by its CloudEvents type, in declaration order. */
    public Map<String, Class<? extends IntegrationEvent>> byType() {
        Map<String, Class<? extends IntegrationEvent>> byType = new LinkedHashMap<>();
        events.forEach(event -> byType.put(typeOf(event), event));
        return byType;
    }
}
