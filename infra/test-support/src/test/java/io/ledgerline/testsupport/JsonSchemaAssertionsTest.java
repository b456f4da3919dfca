package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonSchemaAssertionsTest {

    private static final String SCHEMA = "schemas/sample-event.v1.json";

    @Test
    void acceptsAValidDocument() {
        String json = """
                {"eventId":"3f2b8c1e-6a4d-4c1b-9f0e-2d7a5b8c9e10","occurredAt":"2025-11-26T14:00:00Z","hours":1.5}""";

        JsonSchemaAssertions.assertMatchesSchema(SCHEMA, json);
        assertThat(JsonSchemaAssertions.violations(SCHEMA, json)).isEmpty();
    }

    @Test
    void rejectsAnInvalidDocumentListingEveryViolation() {
        String json = """
                {"eventId":"not-a-uuid","hours":-1,"extra":true}""";

        assertThat(JsonSchemaAssertions.violations(SCHEMA, json)).hasSize(4);
        assertThatThrownBy(() -> JsonSchemaAssertions.assertMatchesSchema(SCHEMA, json))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("occurredAt")
                .hasMessageContaining("extra")
                .hasMessageContaining("uuid");
    }

    @Test
    void reportsTextThatIsNotJson() {
        assertThat(JsonSchemaAssertions.violations(SCHEMA, "{oops"))
                .singleElement().asString().startsWith("not valid JSON");
    }

    @Test
    void refusesAMissingSchema() {
        assertThatThrownBy(() -> JsonSchemaAssertions.violations("schemas/missing.json", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
