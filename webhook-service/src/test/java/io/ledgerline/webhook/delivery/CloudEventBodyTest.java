package io.ledgerline.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudEventBodyTest {

    private static final String DATA = "{\"taskId\":\"t-1\", \"userId\":\"bob\",\"later\":[1,2]}";

    private final StoredEvent event = new StoredEvent("e-1", "acme", "ledgerline.task.v1",
            "ledgerline.task.TaskAssigned.v1", "/ledgerline/task-service", "t-1", "2026-11-26T09:00:00Z",
            Instant.parse("2026-11-26T09:00:00Z"), "application/json", "alice", "req-1", null,
            DATA.getBytes(StandardCharsets.UTF_8));

    @Test
    void isAStructuredCloudEventWithTheDataAsReceived() throws Exception {
        String body = new String(CloudEventBody.of(event), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(body);

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo("e-1");
        assertThat(json.get("type").asText()).isEqualTo("ledgerline.task.TaskAssigned.v1");
        assertThat(json.get("source").asText()).isEqualTo("/ledgerline/task-service");
        assertThat(json.get("subject").asText()).isEqualTo("t-1");
        assertThat(json.get("time").asText()).isEqualTo("2026-11-26T09:00:00Z");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("tenant").asText()).isEqualTo("acme");
        assertThat(json.has("causationid")).isFalse();
        assertThat(body).contains("\"data\":" + DATA);
    }

    @Test
    void isTheSameBytesEveryTime() {
        assertThat(CloudEventBody.of(event)).isEqualTo(CloudEventBody.of(event));
    }

    @Test
    void carriesDataThatIsNotJsonAsBase64() throws Exception {
        StoredEvent binary = new StoredEvent("e-2", "acme", "t", "ledgerline.task.TaskAssigned.v1", "/s", null,
                "2026-11-26T09:00:00Z", Instant.EPOCH, "application/octet-stream", null, null, null, new byte[] {1, 2});

        JsonNode json = new ObjectMapper().readTree(CloudEventBody.of(binary));

        assertThat(json.get("data_base64").asText()).isEqualTo("AQI=");
        assertThat(json.has("data")).isFalse();
        assertThat(json.has("subject")).isFalse();
    }
}
