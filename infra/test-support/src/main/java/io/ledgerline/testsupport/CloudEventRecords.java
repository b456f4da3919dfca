package io.ledgerline.testsupport;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A Kafka record as another service publishes it: on the catalog's topic, keyed by the aggregate id, the event as
 * JSON and CloudEvents 1.0 binary-mode headers with Ledgerline's extensions.
 *
 * <p>The header names and the JSON form repeat those of the platform's {@code CloudEventHeaders} and
 * {@code IntegrationJson} on purpose: test-support may not depend on the platform (the platform tests with it), and a
 * consumer under test must read records written independently of its own code.
 */
public final class CloudEventRecords {

    /** The time every record carries unless told otherwise. */
    public static final String TIME = "2026-11-26T09:00:00Z";

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String TIME_HEADER = "ce_time";
    static final String SUBJECT = "ce_subject";
    static final String TENANT = "ce_tenant";
    static final String ACTOR = "ce_actor";
    static final String CORRELATION_ID = "ce_correlationid";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withConfigOverride(BigDecimal.class,
                    override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private final EventCatalog catalog;
    private final String type;
    private final byte[] data;
    private final String key;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private String id = UUID.randomUUID().toString();
    private String time = TIME;
    private String tenant;
    private String actor;
    private String correlationId;

    private CloudEventRecords(EventCatalog catalog, String type, byte[] data, String key) {
        this.catalog = catalog;
        this.type = type;
        this.data = data;
        this.key = key;
    }

    /** The event of the catalog's service, with its {@code @EventType} as type and {@code key} as subject. */
    public static CloudEventRecords of(EventCatalog catalog, IntegrationEvent data, String key) {
        return new CloudEventRecords(catalog, EventCatalog.typeOf(data.getClass()), json(data), key);
    }

    /** Data given as JSON text as it is, for fields an api lacks or data that does not parse at all. */
    public static CloudEventRecords raw(EventCatalog catalog, String type, String json, String key) {
        return new CloudEventRecords(catalog, type, json.getBytes(StandardCharsets.UTF_8), key);
    }

    /** The event id; a new UUID unless set. */
    public CloudEventRecords id(String id) {
        this.id = id;
        return this;
    }

    /** The tenant header; left out unless set. */
    public CloudEventRecords tenant(String tenant) {
        this.tenant = tenant;
        return this;
    }

    /** The actor header; left out unless set. */
    public CloudEventRecords actor(String actor) {
        this.actor = actor;
        return this;
    }

    /** The event time; {@link #TIME} unless set. */
    public CloudEventRecords time(String time) {
        this.time = time;
        return this;
    }

    /** The correlation id; {@code "req-"} and the event id unless set. */
    public CloudEventRecords correlationId(String correlationId) {
        this.correlationId = correlationId;
        return this;
    }

    /** One more header, for example {@code content-type}. */
    public CloudEventRecords header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public ProducerRecord<String, byte[]> build() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, id);
        headers.put(TYPE, type);
        headers.put(SOURCE, catalog.source());
        headers.put(TIME_HEADER, time);
        headers.put(SUBJECT, key);
        headers.put(TENANT, tenant);
        headers.put(ACTOR, actor);
        headers.put(CORRELATION_ID, correlationId == null ? "req-" + id : correlationId);
        headers.putAll(extraHeaders);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(catalog.topic(), key, data);
        headers.forEach((name, value) -> {
            if (value != null) {
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        return record;
    }

    private static byte[] json(Object data) {
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + data.getClass().getName() + " as JSON", e);
        }
    }
}
