package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Broken requests for a list of operations: each starts from a plausible request (seeded ids, values that fit the
 * schema) and breaks one thing, as a {@link Mutation} says. {@link #draw(Random)} picks one at random (operation, then
 * mutation, then variant, so a seed replays the same request); {@link #sweep()} lists one per operation and
 * applicable mutation, so coverage does not depend on luck.
 */
public final class MalformedRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern DATE_NAME = Pattern.compile("(?i).*(date|at|from|to|until|since|week|asof|day)$");

    private final List<ApiOperation> operations;
    private final Map<String, Set<String>> methodsByPath;
    private final SchemaValues values;
    private final Map<String, List<Mutation>> applicable = new LinkedHashMap<>();

    public MalformedRequests(List<ApiOperation> operations, Map<String, String> knownValues) {
        this.operations = List.copyOf(operations);
        this.methodsByPath = operations.stream().collect(Collectors.groupingBy(ApiOperation::path,
                Collectors.mapping(ApiOperation::method, Collectors.toSet())));
        this.values = new SchemaValues(knownValues);
        for (ApiOperation operation : operations) {
            List<Mutation> mutations = new ArrayList<>();
            for (Mutation mutation : Mutation.values()) {
                if (!variants(operation, mutation).isEmpty()) {
                    mutations.add(mutation);
                }
            }
            applicable.put(operation.key(), List.copyOf(mutations));
        }
    }

    /** The operations requests are made for. */
    public List<ApiOperation> operations() {
        return operations;
    }

    /** The mutations that have something to break in each operation, by {@link ApiOperation#key()}. */
    public Map<String, List<Mutation>> applicableMutations() {
        return Map.copyOf(applicable);
    }

    /** Any broken request for any operation, drawn with {@code random}. */
    public MalformedRequest draw(Random random) {
        ApiOperation operation = operations.get(random.nextInt(operations.size()));
        List<Mutation> mutations = applicable.get(operation.key());
        List<MalformedRequest> variants = variants(operation, mutations.get(random.nextInt(mutations.size())));
        return variants.get(random.nextInt(variants.size()));
    }

    /** One request per operation and applicable mutation; the variant rotates so the sweep varies its values. */
    public List<MalformedRequest> sweep() {
        List<MalformedRequest> sweep = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            ApiOperation operation = operations.get(i);
            for (Mutation mutation : applicable.get(operation.key())) {
                List<MalformedRequest> variants = variants(operation, mutation);
                sweep.add(variants.get((i + mutation.ordinal()) % variants.size()));
            }
        }
        return sweep;
    }

    /**
     * The plausible request of {@code operation}, broken nowhere (its mutation is null): seeded ids, values that fit
     * the schema. The role walk sends it as each persona.
     */
    public MalformedRequest plausible(ApiOperation operation) {
        Base base = base(operation);
        return new MalformedRequest(operation.key(), null, "plausible", operation.method(), base.target(),
                base.contentType(), null, base.bodyText());
    }

    /** Every way {@code mutation} breaks {@code operation}; empty when it has nothing to break there. */
    List<MalformedRequest> variants(ApiOperation operation, Mutation mutation) {
        Base base = base(operation);
        List<BodyField> fields = base.body == null ? List.of() : JsonEdits.fields(base.body, operation.bodySchema());
        List<MalformedRequest> variants = new ArrayList<>();
        switch (mutation) {
            case WRONG_TYPE -> fields.forEach(field -> BadValues.wrongTypes(field.value())
                    .forEach(value -> variants.add(base.replace(mutation, field, value))));
            case MISSING_FIELD -> {
                boolean anyRequired = fields.stream().anyMatch(BodyField::required);
                fields.stream().filter(field -> anyRequired ? field.required() : field.pointer().lastIndexOf('/') == 0)
                        .forEach(field -> variants.add(base.replace(mutation, field, null)));
                if (base.body != null) {
                    variants.add(base.withBody(mutation, "empty object", "{}"));
                }
            }
            case EXTRA_FIELD -> extraFields(base, fields, variants);
            case HUGE_NUMBER -> eachLeaf(base, fields, BodyField::isLeaf, BadValues.HUGE_NUMBERS, mutation, variants);
            case NEGATIVE_NUMBER ->
                    eachLeaf(base, fields, BodyField::isLeaf, BadValues.NEGATIVE_NUMBERS, mutation, variants);
            case EMPTY_STRING -> eachLeaf(base, fields, BodyField::isText, BadValues.EMPTY_STRINGS, mutation, variants);
            case LONG_STRING -> eachLeaf(base, fields, BodyField::isText, BadValues.LONG_STRINGS, mutation, variants);
            case ODD_CHARACTERS -> eachLeaf(base, fields, BodyField::isText, BadValues.ODD_STRINGS, mutation, variants);
            case INVALID_DATE -> named(base, operation, fields, DATE_NAME.asPredicate(), true,
                    BadValues.INVALID_DATES, mutation, variants);
            case INVALID_CURRENCY -> named(base, operation, fields, name -> name.toLowerCase().contains("currency"),
                    false, BadValues.INVALID_CURRENCIES, mutation, variants);
            case NESTED_NULL -> {
                fields.forEach(field -> variants.add(base.replace(mutation, field, NODES.nullNode())));
                fields.stream().filter(field -> field.value().isArray()).forEach(field -> variants.add(
                        base.replace(mutation, field, NODES.arrayNode().addNull())));
                if (base.body != null) {
                    variants.add(base.withBody(mutation, "body null", "null"));
                }
            }
            case BROKEN_JSON -> {
                if (base.body != null) {
                    BadValues.brokenJson(JsonEdits.text(base.body))
                            .forEach(text -> variants.add(base.withBody(mutation, "broken text", text)));
                }
            }
            case WRONG_CONTENT_TYPE -> {
                if (base.body != null) {
                    String text = JsonEdits.text(base.body);
                    BadValues.WRONG_CONTENT_TYPES.forEach(type -> variants.add(new MalformedRequest(operation.key(),
                            mutation, "Content-Type " + type, operation.method(), base.target(), type, null, text)));
                    variants.add(new MalformedRequest(operation.key(), mutation, "no Content-Type",
                            operation.method(), base.target(), null, null, text));
                }
            }
            case UNACCEPTABLE_ACCEPT -> BadValues.UNACCEPTABLE.forEach(accept -> variants.add(new MalformedRequest(
                    operation.key(), mutation, "Accept " + accept, operation.method(), base.target(),
                    base.contentType(), accept, base.bodyText())));
            case WRONG_METHOD -> METHODS.stream()
                    .filter(method -> !methodsByPath.get(operation.path()).contains(method))
                    .forEach(method -> variants.add(new MalformedRequest(operation.key(), mutation, method,
                            method, base.target(), base.contentType(), null, base.bodyText())));
            case BAD_PATH_PARAMETER -> operation.pathParameters().forEach(parameter -> {
                variants.add(base.withPath(mutation, parameter.name(), SchemaValues.unknownId("unknown-" +
                        operation.key() + parameter.name())));
                BadValues.BAD_PATH_VALUES.forEach(value -> variants.add(base.withPath(mutation, parameter.name(),
                        value)));
            });
            case BAD_QUERY_PARAMETER -> {
                operation.queryParameters().forEach(parameter -> BadValues.BAD_QUERY_VALUES.forEach(
                        value -> variants.add(base.withQuery(mutation, parameter.name(), value))));
                variants.add(base.withQuery(mutation, "unexpected", "1"));
                operation.queryParameters().stream().findFirst().ifPresent(parameter -> variants.add(
                        base.withQuery(mutation, parameter.name() + "=1&" + parameter.name(), "2")));
            }
            default -> throw new IllegalArgumentException(mutation.name());
        }
        return variants;
    }

    private static void extraFields(Base base, List<BodyField> fields, List<MalformedRequest> variants) {
        if (base.body == null || !base.body.isObject()) {
            return;
        }
        ObjectNode unexpected = ((ObjectNode) base.body.deepCopy()).put("unexpectedField", "x");
        variants.add(base.withBody(Mutation.EXTRA_FIELD, "/unexpectedField", JsonEdits.text(unexpected)));
        ObjectNode tenant = ((ObjectNode) base.body.deepCopy()).put("tenant", "globex");
        variants.add(base.withBody(Mutation.EXTRA_FIELD, "/tenant", JsonEdits.text(tenant)));
        ObjectNode nested = base.body.deepCopy();
        nested.putObject("unexpectedObject").putArray("deep").add(1).add(NODES.objectNode());
        variants.add(base.withBody(Mutation.EXTRA_FIELD, "/unexpectedObject", JsonEdits.text(nested)));
        fields.stream().filter(field -> field.value().isObject()).forEach(field -> variants.add(base.replace(
                Mutation.EXTRA_FIELD, field, ((ObjectNode) field.value().deepCopy()).put("unexpectedField", "x"))));
    }

    private static void eachLeaf(Base base, List<BodyField> fields, Predicate<BodyField> which, List<JsonNode> bad,
                                 Mutation mutation, List<MalformedRequest> variants) {
        fields.stream().filter(which).forEach(field -> bad.forEach(
                value -> variants.add(base.replace(mutation, field, value))));
    }

    /** Bad values in the body fields and the parameters whose name {@code matches}. */
    private static void named(Base base, ApiOperation operation, List<BodyField> fields, Predicate<String> matches,
                              boolean withPath, List<String> bad, Mutation mutation, List<MalformedRequest> variants) {
        fields.stream().filter(field -> field.isLeaf() && matches.test(field.name())).forEach(field -> bad.forEach(
                value -> variants.add(base.replace(mutation, field, NODES.textNode(value)))));
        operation.queryParameters().stream().filter(parameter -> matches.test(parameter.name())).forEach(
                parameter -> bad.forEach(value -> variants.add(base.withQuery(mutation, parameter.name(), value))));
        if (withPath) {
            operation.pathParameters().stream().filter(parameter -> matches.test(parameter.name())).forEach(
                    parameter -> bad.forEach(value -> variants.add(base.withPath(mutation, parameter.name(), value))));
        }
    }

    private Base base(ApiOperation operation) {
        Map<String, String> path = new LinkedHashMap<>();
        operation.pathParameters().forEach(parameter -> path.put(parameter.name(),
                values.text(parameter.name(), parameter.schema())));
        Map<String, String> query = new LinkedHashMap<>();
        operation.queryParameters().stream().filter(ApiParameter::required).forEach(parameter -> query.put(
                parameter.name(), values.text(parameter.name(), parameter.schema())));
        JsonNode body = operation.hasBody() ? values.sample(null, operation.bodySchema()) : null;
        return new Base(operation, path, query, body);
    }

    /** The plausible request every variant of an operation breaks in one place. */
    private record Base(ApiOperation operation, Map<String, String> path, Map<String, String> query, JsonNode body) {

        String target() {
            return target(path, query);
        }

        String target(Map<String, String> pathValues, Map<String, String> queryValues) {
            String target = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            if (!queryValues.isEmpty()) {
                target += queryValues.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&", "?", ""));
            }
            return target;
        }

        String contentType() {
            return body == null ? null : "application/json";
        }

        String bodyText() {
            return body == null ? null : JsonEdits.text(body);
        }

        MalformedRequest replace(Mutation mutation, BodyField field, JsonNode value) {
            String what = field.pointer() + (value == null ? " removed" : " = " + abbreviate(JsonEdits.text(value)));
            return withBody(mutation, what, JsonEdits.text(JsonEdits.with(body, field.pointer(), value)));
        }

        MalformedRequest withBody(Mutation mutation, String what, String text) {
            return new MalformedRequest(operation.key(), mutation, what, operation.method(), target(),
                    "application/json", null, text);
        }

        MalformedRequest withPath(Mutation mutation, String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(path);
            changed.put(name, value);
            return new MalformedRequest(operation.key(), mutation, "{" + name + "} = " + abbreviate(value),
                    operation.method(), target(changed, query), contentType(), null, bodyText());
        }

        MalformedRequest withQuery(Mutation mutation, String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put(name, value);
            return new MalformedRequest(operation.key(), mutation, "?" + name + "=" + abbreviate(value),
                    operation.method(), target(path, changed), contentType(), null, bodyText());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
        }
    }
}
