package io.ledgerline.platform.eventstore;

import java.time.Duration;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.env.Environment;

/**
 * Names Axon's tables and columns as the Flyway migrations create them (snake case, as the JPA engine would), so the
 * event store can be read with plain SQL: {@code select convert_from(payload, 'UTF8') from domain_event_entry}.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class EventStoreConfiguration {

    /**
     * Recognises a concurrent append to one aggregate (a unique-key violation, SQLSTATE 23505) so Axon reports a
     * concurrency conflict (409) instead of an unavailable event store: Axon's default resolver reads vendor error
     * codes, which PostgreSQL leaves at 0.
     */
    /** Segments and claims of the streaming processors, so that two instances share the work. */
    @Bean
    static ProcessorScaling processorScaling(Environment environment) {
        return new ProcessorScaling(environment);
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.processors.balance", havingValue = "true", matchIfMissing = true)
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore,
                                    JdbcTemplate jdbc, Environment environment) {
        return new SegmentBalancer(processing, tokenStore, jdbc,
                environment.getRequiredProperty("spring.application.name"),
                environment.getProperty("ledgerline.processors.balance-interval", Duration.class,
                        Duration.ofSeconds(5)));
    }

    @Bean
    PersistenceExceptionResolver duplicateEventResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    EventSchema eventSchema() {
        return EventStoreTables.EVENTS;
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return EventStoreTables.DEAD_LETTERS;
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }
}
