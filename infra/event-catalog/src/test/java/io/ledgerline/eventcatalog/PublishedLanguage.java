package io.ledgerline.eventcatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.timetracking.api.TimeEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Every service's event catalog, and the schemas their api modules ship. */
final class PublishedLanguage {

    static final List<EventCatalog> CATALOGS = List.of(ProjectEvents.CATALOG, TaskEvents.CATALOG, TimeEvents.CATALOG,
            BillingEvents.CATALOG);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedLanguage() {
    }

    /** The JSON Schema an api module ships for a CloudEvents type. */
    static JsonNode schema(String eventType) {
        return resource(EventCatalog.schemaResource(eventType));
    }

    static JsonNode resource(String path) {
        try (InputStream in = PublishedLanguage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
