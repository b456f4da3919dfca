package io.ledgerline.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks JSON documents against JSON Schemas (draft 2020-12, formats asserted) found on the classpath,
 * such as the integration-event schemas of the services' {@code api} modules.
 */
public final class JsonSchemaAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private JsonSchemaAssertions() {
    }

    /**
     * Fails with every violation listed unless {@code json} matches the schema.
     *
     * @param schemaClasspathResource the schema's classpath location, such as {@code schemas/task-created.v1.json}
     * @param json the document to check
     */
    public static void assertMatchesSchema(String schemaClasspathResource, String json) {
        List<String> violations = violations(schemaClasspathResource, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("JSON does not match " + schemaClasspathResource + ":\n  "
                    + String.join("\n  ", violations) + "\nDocument: " + json);
        }
    }

    /**
     * Lists how {@code json} breaks the schema; empty when it matches.
     *
     * @param schemaClasspathResource the schema's classpath location
     * @param json the document to check
     * @return one readable line per violation, or a single line when {@code json} is not JSON at all
     */
    public static List<String> violations(String schemaClasspathResource, String json) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not valid JSON: " + e.getOriginalMessage());
        }
        return schema(schemaClasspathResource).validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static JsonSchema schema(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        return SCHEMAS.computeIfAbsent(path, JsonSchemaAssertions::load);
    }

    private static JsonSchema load(String path) {
        if (Thread.currentThread().getContextClassLoader().getResource(path) == null
                && JsonSchemaAssertions.class.getClassLoader().getResource(path) == null) {
            throw new IllegalArgumentException("No JSON Schema on the classpath at " + path);
        }
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + path), CONFIG);
    }
}
