package io.ledgerline.platform.outbox;

import io.ledgerline.contract.EventCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publication for a service that declares the {@link EventCatalog} of what it publishes. A failure in a publication
 * handler is propagated, never logged and skipped, so that the batch rolls back with its token.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@ConditionalOnBean(EventCatalog.class)
public class OutboxConfiguration {

    @Bean
    IntegrationEventPublisher integrationEventPublisher(
            KafkaTemplate<String, byte[]> kafka, EventCatalog catalog, MeterRegistry meters,
            @Value("${ledgerline.outbox.acknowledgement-timeout:PT30S}") Duration acknowledgementTimeout) {
        return new IntegrationEventPublisher(kafka, catalog, new PendingSends(acknowledgementTimeout), meters);
    }

    @Bean
    ConfigurerModule publicationFailuresPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                IntegrationEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    NewTopic publishedTopic(EventCatalog catalog, @Value("${ledgerline.kafka.partitions:3}") int partitions) {
        return TopicBuilder.name(catalog.topic()).partitions(partitions).build();
    }
}
