package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A service's own OpenAPI document, as springdoc serves it at {@code /v3/api-docs}: every operation, with the
 * {@code $ref}s of its body and parameters resolved, so new endpoints are fuzzed without anyone listing them.
 */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final int MAX_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Reads the document from {@code url} (no token needed: API docs are open). */
    public static OpenApiDocument fetch(URI url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A document from its JSON text. */
    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of every path, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private ApiOperation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<ApiParameter> pathParameters = new ArrayList<>();
        List<ApiParameter> queryParameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>();
        pathItem.path("parameters").forEach(declared::add);
        operation.path("parameters").forEach(declared::add);
        for (JsonNode parameter : declared) {
            JsonNode resolved = resolve(parameter, 0);
            JsonNode schema = resolve(resolved.path("schema"), 0);
            String in = resolved.path("in").asText();
            if ("path".equals(in)) {
                pathParameters.add(new ApiParameter(resolved.path("name").asText(), schema, true));
            } else if ("query".equals(in)) {
                queryParameters.addAll(queryParameters(resolved, schema));
            }
        }
        JsonNode body = operation.path("requestBody").path("content");
        JsonNode bodySchema = null;
        if (body.has("application/json")) {
            bodySchema = resolve(body.get("application/json").path("schema"), 0);
        } else if (body.fields().hasNext()) {
            bodySchema = resolve(body.fields().next().getValue().path("schema"), 0);
        }
        return new ApiOperation(method, path, List.copyOf(pathParameters), List.copyOf(queryParameters), bodySchema);
    }

    /** A {@code @ModelAttribute} object shows as one query parameter of object type: its fields are the parameters. */
    private static List<ApiParameter> queryParameters(JsonNode parameter, JsonNode schema) {
        if (schema.has("properties")) {
            List<ApiParameter> fields = new ArrayList<>();
            schema.get("properties").fields().forEachRemaining(field -> fields.add(new ApiParameter(field.getKey(),
                    field.getValue(), false)));
            return fields;
        }
        return List.of(new ApiParameter(parameter.path("name").asText(), schema,
                parameter.path("required").asBoolean(false)));
    }

    /** The node with every {@code $ref} below it replaced by what it names, and {@code allOf} merged. */
    JsonNode resolve(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || node == null || !node.isContainerNode()) {
            return node;
        }
        if (node.has("$ref")) {
            return resolve(root.at(node.get("$ref").asText().substring(1)), depth + 1);
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(resolve(element, depth + 1)));
            return copy;
        }
        ObjectNode copy = JSON.createObjectNode();
        node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue(), depth + 1)));
        if (copy.has("allOf")) {
            ObjectNode merged = JSON.createObjectNode();
            copy.get("allOf").forEach(part -> merge(merged, part));
            copy.remove("allOf");
            merge(merged, copy);
            return merged;
        }
        return copy;
    }

    private static void merge(ObjectNode target, JsonNode part) {
        part.fields().forEachRemaining(field -> {
            if (field.getValue().isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, field.getValue());
            } else if (field.getValue().isArray() && target.get(field.getKey()) != null
                    && target.get(field.getKey()).isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) target.get(field.getKey())).addAll(
                        (com.fasterxml.jackson.databind.node.ArrayNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }
}
