package io.ledgerline.platform.inbox;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.web.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/** Consumption for a service that declares at least one {@link Subscription}. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@ConditionalOnBean(Subscription.class)
public class InboxConfiguration {

    static final String CONSUMER_HEADER = "ledgerline_dlt_consumer";
    static final String REASON_HEADER = "ledgerline_dlt_reason";

    @Bean
    Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters,
                ObjectProvider<ObservationRegistry> observations,
                @Value("${spring.application.name}") String applicationName) {
        return new Inbox(jdbc, transactions, meters, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                applicationName);
    }

    /**
     * Retries a failing record with exponential backoff, then publishes it to {@code <topic>.dlt} with the reason in
     * its headers (beside Spring Kafka's own {@code kafka_dlt-*} headers) and moves on. Poison is not retried.
     */
    @Bean
    CommonErrorHandler inboxErrorHandler(KafkaTemplate<String, byte[]> kafka,
                                         @Value("${ledgerline.inbox.max-retries:3}") int maxRetries,
                                         @Value("${spring.application.name}") String applicationName) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(EventCatalog.deadLetterTopic(record.topic()), -1));
        deadLetters.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(CONSUMER_HEADER, applicationName.getBytes(StandardCharsets.UTF_8));
            headers.add(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(2_000);
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(deadLetters, backOff);
        errorHandler.addNotRetryableExceptions(PoisonRecordException.class);
        // the database being away says nothing about the record: wait for it (the partition pauses) instead of
        // dead-lettering good records after a few seconds of outage
        errorHandler.setBackOffFunction((record, failure) -> DatabaseUnavailable.causedBy(failure)
                ? new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return errorHandler;
    }

    /** What the listener threw, without Spring Kafka's wrappers (the listener's and the batch's). */
    static String reason(Exception failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return Inbox.reason(cause);
    }

    @Bean
    InboxListeners inboxListeners(List<Subscription> subscriptions, Inbox inbox,
                                  ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
                                  @Value("${spring.application.name}") String applicationName) {
        return new InboxListeners(subscriptions, inbox, factory, applicationName);
    }

    @Bean
    KafkaAdmin.NewTopics subscribedTopics(List<Subscription> subscriptions,
                                          @Value("${ledgerline.kafka.partitions:3}") int partitions) {
        return new KafkaAdmin.NewTopics(subscriptions.stream()
                .map(Subscription::topic)
                .distinct()
                .flatMap(topic -> List.of(topic, EventCatalog.deadLetterTopic(topic)).stream())
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).build())
                .toArray(NewTopic[]::new));
    }
}
