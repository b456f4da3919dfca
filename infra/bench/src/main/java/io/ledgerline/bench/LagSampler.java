package io.ledgerline.bench;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the pipeline keeps up under load, sampled every 500 ms: timetracking-service's outbox lag (events stored
 * but not yet published, from the ops API) and billing-service's consumer lag on {@code ledgerline.time.v1}
 * (records published but not yet applied to the ledger, from the broker).
 */
final class LagSampler implements AutoCloseable {

    static final String LEDGER_GROUP = "billing-service.time-ledger";

    /** The platform operator, who alone reads the ops API. */
    private final Api operator;
    private final Admin admin;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong maxOutbox = new AtomicLong();
    private final AtomicLong maxConsumer = new AtomicLong();

    LagSampler(Api operator, String bootstrapServers) {
        this.operator = operator;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
        sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The largest lags seen since the last call, then starts afresh. */
    Lags takeMax() {
        return new Lags(maxOutbox.getAndSet(0), maxConsumer.getAndSet(0));
    }

    /** Records billing has yet to apply right now. */
    long consumerLag() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(LEDGER_GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            return committed.entrySet().stream()
                    .mapToLong(entry -> ends.get(entry.getKey()).offset() - entry.getValue().offset()).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    long outboxLag() {
        try {
            return operator.call(operator.get(Api.TIMETRACKING + "/api/v1/ops/processors/integration-publisher"), 200)
                    .path("lag").asLong();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void sample() {
        maxOutbox.accumulateAndGet(outboxLag(), Math::max);
        maxConsumer.accumulateAndGet(consumerLag(), Math::max);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        admin.close();
    }

    /** Largest lags in events. */
    record Lags(long outboxEvents, long consumerRecords) {
    }
}
