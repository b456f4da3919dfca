package io.ledgerline.platform.ops;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.inbox.Subscription;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations API under {@code /api/v1/ops}, which the platform's security opens to the platform operator only
 * (role {@code operator}, {@code ApiPolicy.OPERATIONS}; a tenant's admin is refused): event processors with their
 * positions and lag, replays, and dead letters of both kinds: the inbox's on the {@code .dlt} topics and the events
 * parked in Axon's dead-letter queues of the processing groups.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
        "io.ledgerline.platform.observability.ObservabilityConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(EventProcessingConfiguration.class)
public class OpsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProcessorTokens processorTokens(JdbcTemplate jdbc, Serializer serializer) {
        return new ProcessorTokens(jdbc, serializer);
    }

    @Bean
    ProcessorsController processorsController(EventProcessingConfiguration processing, ProcessorTokens tokens) {
        return new ProcessorsController(new EventProcessors(processing, tokens));
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    DeadLettersController deadLettersController(ObjectProvider<Subscription> subscriptions,
                                                @Value("${spring.application.name}") String application,
                                                KafkaProperties kafkaProperties, KafkaTemplate<String, byte[]> kafka,
                                                JdbcTemplate jdbc, TransactionTemplate transactions,
                                                EventProcessingConfiguration processing) {
        List<String> topics = subscriptions.orderedStream().map(Subscription::topic).distinct()
                .map(EventCatalog::deadLetterTopic).toList();
        return new DeadLettersController(new DeadLetters(topics, application,
                kafkaProperties.buildConsumerProperties(null), kafka, new DeadLetterResolutions(jdbc), transactions),
                new ParkedEvents(processing));
    }
}
