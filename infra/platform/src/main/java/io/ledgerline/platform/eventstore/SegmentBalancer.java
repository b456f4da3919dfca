package io.ledgerline.platform.eventstore;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each streaming processor's segments fairly between the running instances of a service. A processor claims
 * every free segment (so one instance alone does all the work), which leaves nothing for an instance started later;
 * so every few seconds an instance that holds more than {@code ceil(segments / instances)} releases the excess for a
 * while, and an idle instance claims it. Instances are counted as the distinct {@code application_name}s
 * ({@code <service>@<random id>}, set in ledgerline-platform.yml) of the sessions in {@code pg_stat_activity}: a
 * killed instance's sessions end with it, and its segments are then taken over once their claims time out.
 */
class SegmentBalancer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final String INSTANCES = """
            SELECT count(DISTINCT application_name) FROM pg_stat_activity WHERE application_name LIKE ?""";

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final JdbcTemplate jdbc;
    private final String application;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, JdbcTemplate jdbc,
                    String application, Duration interval) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.application = application;
        this.interval = interval;
    }

    void balance() {
        try {
            Integer counted = jdbc.queryForObject(INSTANCES, Integer.class, application + "@%");
            int instances = Math.max(1, counted == null ? 1 : counted);
            processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .forEach(processor -> releaseExcess(processor, instances));
        } catch (RuntimeException e) {
            LOG.debug("segment balancing skipped: {}", e.toString());
        }
    }

    private void releaseExcess(StreamingEventProcessor processor, int instances) {
        int segments = tokens.fetchSegments(processor.getName()).length;
        int share = (segments + instances - 1) / instances;
        List<Integer> owned = processor.processingStatus().keySet().stream()
                .sorted(Comparator.reverseOrder()).toList();
        for (Integer segment : owned.subList(0, Math.max(0, owned.size() - share))) {
            LOG.info("{} holds {} of {} segments with {} instances running: releasing segment {}",
                    processor.getName(), owned.size(), segments, instances, segment);
            processor.releaseSegment(segment, interval.toMillis() * 2, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::balance, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
