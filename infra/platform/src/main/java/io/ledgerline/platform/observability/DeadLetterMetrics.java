package io.ledgerline.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;

/**
 * Counts the records the inbox's error handler has published to a dead-letter topic, as
 * {@code ledgerline_inbox_dead_letters_total{consumer,topic}}: a listener on the handler, so the handler itself is
 * left as the inbox configured it.
 */
class DeadLetterMetrics implements BeanPostProcessor {

    static final String ERROR_HANDLER = "inboxErrorHandler";

    private final ObjectProvider<MeterRegistry> meters;

    DeadLetterMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (ERROR_HANDLER.equals(beanName) && bean instanceof DefaultErrorHandler handler) {
            handler.setRetryListeners(new RetryListener() {
                @Override
                public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                    // retries are Spring Kafka's business; only the records that end as dead letters are counted
                }

                @Override
                public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                    String consumer = failure instanceof ListenerExecutionFailedException listener
                            && listener.getGroupId() != null ? listener.getGroupId() : "unknown";
                    meters.getObject().counter("ledgerline.inbox.dead.letters",
                            "consumer", consumer, "topic", record.topic()).increment();
                }
            });
        }
        return bean;
    }
}
