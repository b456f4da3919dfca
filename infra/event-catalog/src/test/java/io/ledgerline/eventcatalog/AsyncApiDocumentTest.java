package io.ledgerline.eventcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.contract.EventCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml names exactly the topics, types and schemas the api modules publish. */
class AsyncApiDocumentTest {

    private static final Path DOCS = Path.of("../../docs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document = load();

    @Test
    void hasAChannelPerTopicAndNoOther() {
        Set<String> addresses = new TreeSet<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                PublishedLanguage.CATALOGS.stream().map(EventCatalog::topic).toList());
    }

    @Test
    void listsEveryPublishedTypeOnItsTopicAndNoOther() {
        for (EventCatalog catalog : PublishedLanguage.CATALOGS) {
            JsonNode channel = channel(catalog.topic());
            Set<String> documented = new TreeSet<>();
            channel.get("messages").fields().forEachRemaining(entry ->
                    documented.add(message(entry.getValue()).get("name").asText()));

            assertThat(documented).as(catalog.topic()).containsExactlyInAnyOrderElementsOf(catalog.byType().keySet());
        }
    }

    @Test
    void describesEachMessageWithTheApiModulesSchemaAndItsHeaders() throws IOException {
        for (EventCatalog catalog : PublishedLanguage.CATALOGS) {
            for (String type : catalog.byType().keySet()) {
                JsonNode message = messageNamed(type);
                Path payload = DOCS.resolve(message.get("payload").get("$ref").asText()).normalize();

                assertThat(JSON.readTree(Files.readString(payload))).as(type)
                        .isEqualTo(PublishedLanguage.schema(type));
                JsonNode headers = message.get("headers").get("allOf");
                assertThat(headers.get(0).get("$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
                assertThat(headers.get(1).at("/properties/ce_type/const").asText()).isEqualTo(type);
                assertThat(headers.get(1).at("/properties/ce_source/const").asText()).isEqualTo(catalog.source());
                assertThat(message.at("/bindings/kafka/key/type").asText()).isEqualTo("string");
            }
        }
    }

    @Test
    void requiresTheCloudEventsHeadersEveryRecordCarries() {
        JsonNode required = document.at("/components/schemas/CloudEventHeaders/required");
        Set<String> names = new TreeSet<>();
        required.forEach(name -> names.add(name.asText()));

        assertThat(names).contains("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject",
                "ce_tenant");
    }

    private JsonNode channel(String topic) {
        Map<String, JsonNode> byAddress = new java.util.HashMap<>();
        document.get("channels").forEach(channel -> byAddress.put(channel.get("address").asText(), channel));
        assertThat(byAddress).containsKey(topic);
        return byAddress.get(topic);
    }

    private JsonNode message(JsonNode reference) {
        return document.at(reference.get("$ref").asText().substring(1));
    }

    private JsonNode messageNamed(String type) {
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        document.at("/components/messages").forEach(message -> byName.put(message.get("name").asText(), message));
        assertThat(byName).as("a message named " + type).containsKey(type);
        return byName.get(type);
    }

    private static JsonNode load() {
        try {
            Object yaml = new Yaml().load(Files.readString(DOCS.resolve("asyncapi.yaml")));
            return JSON.valueToTree(yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
