package io.ledgerline.platform.eventstore;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.EventProcessorProperties.Mode;
import org.axonframework.springboot.EventProcessorProperties.ProcessorSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Lets instances of a service share their streaming processors: each tracking or pooled processor configured under
 * {@code axon.eventhandling.processors} starts with {@code ledgerline.processors.segments} segments (default 2) unless
 * it names its own {@code initial-segment-count}, a tracking processor gets at least as many threads as segments (so
 * one instance alone still claims them all), and an idle thread tries to claim a free segment every
 * {@code ledgerline.processors.token-claim-interval} (default 1 s). A killed instance's segments are free once its
 * claims are older than {@code axon.eventhandling.tokenstore.claim-timeout}. The default sequencing policy keeps each
 * aggregate in one segment, so one aggregate's events are still handled, and published, in order.
 */
class ProcessorScaling implements BeanPostProcessor {

    private final int segments;
    private final long claimIntervalMillis;

    ProcessorScaling(Environment environment) {
        this.segments = environment.getProperty("ledgerline.processors.segments", Integer.class, 2);
        this.claimIntervalMillis = environment.getProperty("ledgerline.processors.token-claim-interval",
                Duration.class, Duration.ofSeconds(1)).toMillis();
        if (segments < 1) {
            throw new IllegalArgumentException("ledgerline.processors.segments must be at least 1, not " + segments);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof EventProcessorProperties properties) {
            properties.getProcessors().values().forEach(this::scale);
        }
        return bean;
    }

    void scale(ProcessorSettings settings) {
        if (settings.getMode() == Mode.SUBSCRIBING) {
            return;
        }
        if (settings.getInitialSegmentCount() == null) {
            settings.setInitialSegmentCount(segments);
        }
        if (settings.getMode() == Mode.TRACKING) {
            settings.setThreadCount(Math.max(settings.getThreadCount(), settings.getInitialSegmentCount()));
        }
        settings.setTokenClaimInterval(claimIntervalMillis);
        settings.setTokenClaimIntervalTimeUnit(TimeUnit.MILLISECONDS);
    }
}
