package io.ledgerline.webhook.subscription;

import io.ledgerline.contract.EventCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types a webhook may select: every CloudEvents type of the given catalogs, and one wildcard per topic
 * ({@code ledgerline.task.*} for {@code ledgerline.task.v1}) that takes every type of that topic, today's and
 * tomorrow's.
 */
public final class EventTypes {

    private final Set<String> selectable = new LinkedHashSet<>();

    public EventTypes(List<EventCatalog> catalogs) {
        catalogs.forEach(catalog -> {
            selectable.add(wildcardOf(catalog));
            selectable.addAll(catalog.byType().keySet());
        });
    }

    /** The wildcard of a catalog's topic: the topic without its version, then {@code .*}. */
    public static String wildcardOf(EventCatalog catalog) {
        String topic = catalog.topic();
        return topic.substring(0, topic.lastIndexOf('.')) + ".*";
    }

    /** Every type and wildcard that may be selected. */
    public Set<String> selectable() {
        return Set.copyOf(selectable);
    }

    /** The selection without duplicates, in the order given; refused when empty or naming an unknown type. */
    public List<String> validate(Collection<String> selection) {
        if (selection == null || selection.isEmpty()) {
            throw new IllegalArgumentException("eventTypes must name at least one event type");
        }
        List<String> unknown = new ArrayList<>();
        Set<String> valid = new LinkedHashSet<>();
        for (String type : selection) {
            if (type != null && selectable.contains(type.strip())) {
                valid.add(type.strip());
            } else {
                unknown.add(String.valueOf(type));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("eventTypes names types Ledgerline does not publish: " + unknown
                    + "; use a type such as ledgerline.task.TaskAssigned.v1 or a topic wildcard such as "
                    + "ledgerline.task.*");
        }
        return List.copyOf(valid);
    }
}
