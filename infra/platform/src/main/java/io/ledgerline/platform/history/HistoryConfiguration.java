package io.ledgerline.platform.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Audit history and as-of reads for every service with an event store. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnBean(EventStore.class)
public class HistoryConfiguration {

    @Bean
    EventHistory eventHistory(JdbcTemplate jdbc, EventStore eventStore, ObjectMapper json) {
        return new EventHistory(jdbc, eventStore, json);
    }
}
