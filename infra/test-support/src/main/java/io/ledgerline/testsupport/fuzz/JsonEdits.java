package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Walks a body alongside its schema, and writes copies with one node replaced or removed. */
final class JsonEdits {

    static final ObjectMapper JSON = new ObjectMapper();

    private JsonEdits() {
    }

    /** Every node below the root, parents before children. */
    static List<BodyField> fields(JsonNode body, JsonNode schema) {
        List<BodyField> fields = new ArrayList<>();
        collect("", body, schema, fields);
        return fields;
    }

    private static void collect(String pointer, JsonNode node, JsonNode schema, List<BodyField> fields) {
        if (node.isObject()) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            node.fields().forEachRemaining(field -> {
                JsonNode fieldSchema = schema.path("properties").path(field.getKey());
                String at = pointer + "/" + escape(field.getKey());
                fields.add(new BodyField(at, field.getKey(), fieldSchema, field.getValue(),
                        required.contains(field.getKey())));
                collect(at, field.getValue(), fieldSchema, fields);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = pointer + "/" + i;
                fields.add(new BodyField(at, String.valueOf(i), schema.path("items"), node.get(i), false));
                collect(at, node.get(i), schema.path("items"), fields);
            }
        }
    }

    /** A copy of {@code body} with the node at {@code pointer} replaced by {@code value}, or removed when null. */
    static JsonNode with(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = unescape(pointer.substring(slash + 1));
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
