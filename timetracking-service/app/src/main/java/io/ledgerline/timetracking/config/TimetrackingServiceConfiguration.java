package io.ledgerline.timetracking.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.timetracking.api.TimeEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What timetracking-service publishes. */
@Configuration
class TimetrackingServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return TimeEvents.CATALOG;
    }
}
