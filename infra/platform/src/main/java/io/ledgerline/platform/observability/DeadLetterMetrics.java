package io.ledgerline.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;

/**
 * Dead letters of both kinds. The records the inbox's error handler has published to a dead-letter topic are counted
 * as {@code ledgerline_inbox_dead_letters_total{consumer,topic}}, by a listener on the handler, so the handler itself
 * is left as the inbox configured it. The events parked in a processing group's dead-letter queue are a gauge,
 * {@code ledgerline_processing_group_dead_letters{processing_group}}, read from the queue on each scrape: they stay
 * until an operator retries or evicts them, so the gauge says how many wait now.
 */
class DeadLetterMetrics implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {

    static final String ERROR_HANDLER = "inboxErrorHandler";
    static final String PARKED = "ledgerline.processing.group.dead.letters";

    private final ObjectProvider<MeterRegistry> meters;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    DeadLetterMetrics(ObjectProvider<MeterRegistry> meters, ObjectProvider<EventProcessingConfiguration> processing) {
        this.meters = meters;
        this.processing = processing;
    }

    /** The processors are built when Axon starts, which is before the context reports itself refreshed. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        EventProcessingConfiguration groups = processing.getIfAvailable();
        MeterRegistry registry = meters.getIfAvailable();
        if (groups == null || registry == null) {
            return;
        }
        groups.eventProcessors().keySet().stream()
                .filter(group -> groups.sequencedDeadLetterProcessor(group).isPresent())
                .forEach(group -> groups.deadLetterQueue(group).ifPresent(queue ->
                        Gauge.builder(PARKED, queue, parked -> parked.size())
                                .description("Events parked in the processing group's dead-letter queue")
                                .tag("processing_group", group)
                                .strongReference(true)
                                .register(registry)));
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
