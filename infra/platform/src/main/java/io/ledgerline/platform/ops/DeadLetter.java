package io.ledgerline.platform.ops;

import java.time.Instant;

/**
 * A record on a dead-letter topic, as {@code GET /api/v1/ops/dead-letters} lists it.
 *
 * @param source            always {@code kafka} (the other kind is a {@link ParkedEvent})
 * @param topic             the dead-letter topic
 * @param partition         its partition
 * @param offset            its offset: with topic and partition, the id used to retry or evict it
 * @param timestamp         when it was dead-lettered
 * @param key               the record key (the aggregate id)
 * @param eventId           {@code ce_id}
 * @param eventType         {@code ce_type}
 * @param consumer          the service whose consumer gave up ({@code ledgerline_dlt_consumer})
 * @param consumerGroup     the consumer group ({@code kafka_dlt-original-consumer-group})
 * @param originalTopic     where it came from
 * @param originalPartition its partition there
 * @param originalOffset    its offset there
 * @param exception         the failure's class ({@code kafka_dlt-exception-fqcn})
 * @param reason            what the listener threw ({@code ledgerline_dlt_reason})
 * @param value             the data as UTF-8 text
 */
public record DeadLetter(String source, String topic, int partition, long offset, Instant timestamp, String key,
                         String eventId, String eventType, String consumer, String consumerGroup, String originalTopic,
                         Integer originalPartition, Long originalOffset, String exception, String reason,
                         String value) {

    static final String SOURCE = "kafka";
}
