package io.ledgerline.webhook.delivery;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A stored event as a CloudEvent in structured JSON mode (CloudEvents 1.0 JSON format). JSON data is embedded as it
 * was received, other data as {@code data_base64}. The body depends on the stored event only, so a replay posts the
 * same bytes as the first delivery.
 */
final class CloudEventBody {

    static final String MEDIA_TYPE = "application/cloudevents+json";

    private static final JsonFactory JSON = new JsonFactory();

    private CloudEventBody() {
    }

    static byte[] of(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(event.data().length + 512);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("specversion", "1.0");
            json.writeStringField("id", event.id());
            json.writeStringField("type", event.type());
            json.writeStringField("source", event.source());
            optional(json, "subject", event.subject());
            json.writeStringField("time", event.time());
            json.writeStringField("datacontenttype", event.dataContentType());
            json.writeStringField("tenant", event.tenant());
            optional(json, "actor", event.actor());
            optional(json, "correlationid", event.correlationId());
            optional(json, "causationid", event.causationId());
            if (isJson(event.dataContentType())) {
                json.writeFieldName("data");
                json.writeRawValue(new String(event.data(), StandardCharsets.UTF_8));
            } else {
                json.writeBinaryField("data_base64", event.data());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return type.equals("application/json") || type.endsWith("+json");
    }
}
