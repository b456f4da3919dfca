package io.ledgerline.eventcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEFORE = """
            {"type":"object","required":["id"],"properties":{
              "id":{"type":"string","description":"the id"},
              "note":{"type":"string","maxLength":10}}}""";

    @Test
    void acceptsANewOptionalPropertyAndNewWording() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(read(BEFORE), read("""
                {"type":"object","required":["id"],"properties":{
                  "id":{"type":"string","description":"the identifier"},
                  "note":{"type":"string","maxLength":10},
                  "extra":{"type":"integer"}}}"""))).isEmpty();
    }

    @Test
    void refusesANewRequiredProperty() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(read(BEFORE), read("""
                {"type":"object","required":["id","extra"],"properties":{
                  "id":{"type":"string"},"note":{"type":"string","maxLength":10},"extra":{"type":"integer"}}}""")))
                .singleElement().asString().contains("required");
    }

    @Test
    void refusesARemovedOrChangedProperty() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(read(BEFORE), read("""
                {"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}}""")))
                .containsExactlyInAnyOrder("property id changed its definition", "property note was removed");
    }

    @Test
    void refusesClosingTheSchema() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(read(BEFORE), read("""
                {"type":"object","required":["id"],"additionalProperties":false,"properties":{
                  "id":{"type":"string"},"note":{"type":"string","maxLength":10}}}""")))
                .containsExactly("the schema no longer tolerates additional properties");
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
