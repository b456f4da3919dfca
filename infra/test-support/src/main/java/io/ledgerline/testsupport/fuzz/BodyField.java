package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node of a request body: where it is (a JSON pointer), its name, its schema, its plausible value, and whether
 * its parent object requires it.
 */
record BodyField(String pointer, String name, JsonNode schema, JsonNode value, boolean required) {

    boolean isText() {
        return value.isTextual();
    }

    boolean isLeaf() {
        return value.isValueNode();
    }
}
