package io.ledgerline.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** The event store's table and column names, shared by Axon's engine and the platform's own SQL. */
public final class EventStoreTables {

    /** The event and snapshot tables as {@code db/platform/V1__event_store.sql} creates them. */
    public static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private EventStoreTables() {
    }
}
