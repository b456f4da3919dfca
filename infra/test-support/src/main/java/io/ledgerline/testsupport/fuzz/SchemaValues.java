package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Plausible values for a schema, so that a request is broken in one place only: the value the test named for the
 * field or parameter (a seeded id), else one that fits the schema's type, format, enum, bounds and pattern.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PATTERN_CANDIDATES = {"EUR", "DE", "x", "ACME-1", "1", "19", "a@example.com"};

    private final Map<String, String> known;

    SchemaValues(Map<String, String> known) {
        this.known = Map.copyOf(known);
    }

    /** The value of a body field (or the whole body, name null). */
    JsonNode sample(String name, JsonNode schema) {
        String type = schema.path("type").asText("");
        if (name != null && known.containsKey(name) && !"object".equals(type) && !"array".equals(type)) {
            return NODES.textNode(known.get(name));
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).deepCopy();
        }
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(singular(name), schema.path("items")));
                yield array;
            }
            case "integer" -> NODES.numberNode(number(schema).longValue());
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(true);
            default -> schema.has("properties") ? object(schema) : NODES.textNode(text(name, schema));
        };
    }

    /** The value of a path or query parameter, as text. */
    String text(String name, JsonNode schema) {
        if (name != null && known.containsKey(name)) {
            return known.get(name);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        String type = schema.path("type").asText("string");
        if ("integer".equals(type) || "number".equals(type)) {
            return number(schema).toPlainString();
        }
        if ("boolean".equals(type)) {
            return "true";
        }
        String lower = name == null ? "" : name.toLowerCase();
        return switch (schema.path("format").asText("")) {
            case "uuid" -> unknownId(name);
            case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
            case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            case "uri", "url" -> "https://example.com/hooks";
            case "email" -> "someone@example.com";
            default -> byName(lower, schema);
        };
    }

    /** A well-formed id nobody created: the same for the same name, so a failing case replays. */
    static String unknownId(String name) {
        return UUID.nameUUIDFromBytes(String.valueOf(name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String byName(String lower, JsonNode schema) {
        if (lower.contains("currency")) {
            return "EUR";
        }
        if (lower.equals("isoweek") || lower.equals("week")) {
            return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
        }
        if (lower.endsWith("id") && !lower.equals("userid")) {
            return unknownId(lower);
        }
        if (lower.contains("url")) {
            return "https://example.com/hooks";
        }
        if (lower.equals("country")) {
            return "DE";
        }
        String pattern = schema.path("pattern").asText(null);
        if (pattern != null) {
            for (String candidate : PATTERN_CANDIDATES) {
                if (matches(pattern, candidate)) {
                    return candidate;
                }
            }
        }
        int min = schema.path("minLength").asInt(1);
        return "fuzz-value".repeat(Math.max(1, (min + 9) / 10)).substring(0, Math.max(min, 10));
    }

    private static boolean matches(String pattern, String candidate) {
        try {
            return Pattern.compile(pattern).matcher(candidate).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(
                field -> object.set(field.getKey(), sample(field.getKey(), field.getValue())));
        return object;
    }

    private static BigDecimal number(JsonNode schema) {
        BigDecimal value = BigDecimal.ONE;
        if (schema.has("minimum") && schema.get("minimum").decimalValue().compareTo(value) > 0) {
            value = schema.get("minimum").decimalValue();
        }
        if (schema.has("maximum") && schema.get("maximum").decimalValue().compareTo(value) < 0) {
            value = schema.get("maximum").decimalValue();
        }
        return value;
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
