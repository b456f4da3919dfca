package io.ledgerline.billing.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.billing.api.BillingEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What billing-service publishes. */
@Configuration
class BillingServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return BillingEvents.CATALOG;
    }
}
