package io.ledgerline.billing.config;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.contract.EventCatalog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What billing-service publishes, and the clock that dates its invoices and credit notes (UTC). */
@Configuration
class BillingServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return BillingEvents.CATALOG;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
