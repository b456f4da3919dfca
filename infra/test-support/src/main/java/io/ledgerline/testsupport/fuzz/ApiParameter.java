package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** A path or query parameter of an operation, with its resolved schema. */
public record ApiParameter(String name, JsonNode schema, boolean required) {
}
