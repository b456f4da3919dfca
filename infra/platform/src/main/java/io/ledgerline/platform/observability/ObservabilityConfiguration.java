package io.ledgerline.platform.observability;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.ops.ProcessorTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * What operators watch, for every service: Axon's meters under Prometheus-style names, the outbox's lag, the inbox's
 * dead letters and a Kafka health indicator that the readiness group includes beside the database
 * ({@code ledgerline-platform.yml}). HTTP, JVM, pool and Kafka client meters come from Spring Boot.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
public class ObservabilityConfiguration {

    @Bean
    PrometheusConventions prometheusConventions() {
        return new PrometheusConventions();
    }

    @Bean
    static DeadLetterMetrics deadLetterMetrics(ObjectProvider<MeterRegistry> meters,
                                               ObjectProvider<EventProcessingConfiguration> processing) {
        return new DeadLetterMetrics(meters, processing);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaAdmin.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${ledgerline.health.kafka.timeout:PT2S}") Duration timeout) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties(), timeout);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({JdbcTemplate.class, Serializer.class})
    ProcessorTokens processorTokens(JdbcTemplate jdbc, Serializer serializer) {
        return new ProcessorTokens(jdbc, serializer);
    }

    /** Only a service that publishes has an outbox to trail. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventCatalog.class)
    static class OutboxMeters {

        @Bean
        OutboxLag outboxLag(ProcessorTokens tokens) {
            return new OutboxLag(tokens, Clock.systemUTC());
        }
    }
}
