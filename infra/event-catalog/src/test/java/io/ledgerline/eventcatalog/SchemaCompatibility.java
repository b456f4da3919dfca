package io.ledgerline.eventcatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evolution rule of docs/events.md as code: a schema may only gain optional properties. Everything a consumer
 * of the previous release relied on (required properties, each property's definition, openness to additions) must
 * stay as it was; descriptions may change.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** What makes {@code now} break consumers written against {@code before}; empty when compatible. */
    static List<String> breakingChanges(JsonNode before, JsonNode now) {
        List<String> breaking = new ArrayList<>();
        Set<String> requiredBefore = names(before.get("required"));
        Set<String> requiredNow = names(now.get("required"));
        if (!requiredBefore.equals(requiredNow)) {
            breaking.add("required properties changed from " + requiredBefore + " to " + requiredNow);
        }
        JsonNode propertiesNow = now.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = before.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!propertiesNow.has(property.getKey())) {
                breaking.add("property " + property.getKey() + " was removed");
            } else if (!withoutDescriptions(property.getValue()).equals(
                    withoutDescriptions(propertiesNow.get(property.getKey())))) {
                breaking.add("property " + property.getKey() + " changed its definition");
            }
        }
        if (now.path("additionalProperties").isBoolean() && !now.get("additionalProperties").asBoolean()) {
            breaking.add("the schema no longer tolerates additional properties");
        }
        if (!withoutDescriptions(before.path("$defs")).equals(withoutDescriptions(now.path("$defs")))
                && !before.path("$defs").isMissingNode()) {
            breaking.add("shared definitions ($defs) changed");
        }
        return breaking;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        if (array != null) {
            array.forEach(name -> names.add(name.asText()));
        }
        return names;
    }

    private static JsonNode withoutDescriptions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("description", "title", "$comment"));
        }
        node.forEach(SchemaCompatibility::strip);
    }
}
