package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The values each {@link Mutation} puts where a plausible one was. */
final class BadValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<JsonNode> HUGE_NUMBERS = List.of(
            NODES.numberNode(new BigDecimal("1e308")),
            NODES.numberNode(new BigDecimal("1E+400")),
            NODES.numberNode(BigInteger.TEN.pow(30)),
            NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)),
            NODES.numberNode((long) Integer.MAX_VALUE + 1),
            NODES.numberNode(new BigDecimal("1E+100000")),
            NODES.textNode("1e308"),
            NODES.textNode("1000000000000000000000000000000"),
            NODES.textNode("9223372036854775808"),
            NODES.textNode("1E+100000"));

    static final List<JsonNode> NEGATIVE_NUMBERS = List.of(
            NODES.numberNode(-1),
            NODES.numberNode(new BigDecimal("-0.01")),
            NODES.numberNode(new BigDecimal("-1e308")),
            NODES.numberNode(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)),
            NODES.textNode("-1"),
            NODES.textNode("-0.01"));

    static final List<JsonNode> EMPTY_STRINGS = List.of(NODES.textNode(""), NODES.textNode("   "));

    static final String LONG_TEXT = "x".repeat(300_000);

    static final List<JsonNode> LONG_STRINGS = List.of(
            NODES.textNode(LONG_TEXT.substring(0, 10_000)), NODES.textNode(LONG_TEXT));

    static final List<JsonNode> ODD_STRINGS = List.of(
            NODES.textNode("a\u0000b"),
            NODES.textNode("\uD800"),
            NODES.textNode("\u202Eevil\u202C"),
            NODES.textNode("<script>alert(1)</script>"),
            NODES.textNode("' OR '1'='1"),
            NODES.textNode("\uD835\uDD43\uD835\uDD56\uD835\uDD55"),
            NODES.textNode("line\r\nbreak"));

    static final List<String> INVALID_DATES = List.of(
            "2026-02-30", "2026-13-01", "+999999999-12-31", "-999999999-01-01", "0000-00-00",
            "2026-01-01T25:61:00Z", "2026-01-01T10:00:00", "+1000000000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z", "-0001-01-01T00:00:00Z", "yesterday", "2026-W60", "20260101");

    static final List<String> INVALID_CURRENCIES = List.of("ABC", "eur", "EURO", "XXX", "XTS", "€", "E1R", "");

    static final List<String> BAD_PATH_VALUES = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-000000000000", "0", "-1", "1e400", "null", " ", "\u00fc\u540d",
            "a;b", "%", "x".repeat(2000));

    static final List<String> BAD_QUERY_VALUES = List.of(
            "abc", "-1", "0", "99999999999999999999", "", "2026-02-30", "1e400", "\u00fc", "a\u0000b",
            "x".repeat(2000));

    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=UTF-32", "not a media type");

    static final List<String> UNACCEPTABLE = List.of("application/xml", "image/png", "text/csv", "not/a;type=");

    private BadValues() {
    }

    /** Values of every other JSON type than {@code value}'s. */
    static List<JsonNode> wrongTypes(JsonNode value) {
        if (value.isTextual()) {
            return List.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode().add("x"));
        }
        if (value.isNumber()) {
            return List.of(NODES.textNode("not a number"), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode());
        }
        if (value.isBoolean()) {
            return List.of(NODES.textNode("yes"), NODES.numberNode(1), NODES.objectNode());
        }
        if (value.isObject()) {
            return List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode());
        }
        return List.of(NODES.textNode("x"), NODES.objectNode(), NODES.numberNode(1));
    }

    /** JSON text that is broken, or not the object the operation reads, made from the plausible body. */
    static List<String> brokenJson(String body) {
        int cut = Math.max(1, body.length() / 2);
        String duplicated = body.length() > 2 && body.startsWith("{\"")
                ? "{" + body.substring(1, body.indexOf(':') + 1) + "\"dup\"," + body.substring(1) : "{\"a\":1,\"a\":2}";
        return List.of(
                body.substring(0, cut), body + "}", "{", "", "null", "[]", "\"text\"", "42", "{\"a\":1,}",
                "{'single':'quotes'}", duplicated, "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "9".repeat(2000) + "}", "{\"a\":NaN}", "\uFEFF" + body, "{\"a\":\"\\uZZZZ\"}");
    }
}
