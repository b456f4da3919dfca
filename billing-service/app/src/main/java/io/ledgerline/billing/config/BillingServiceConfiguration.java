package io.ledgerline.billing.config;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.security.ApiPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what, what billing-service publishes, and the clock that dates its invoices and credit notes (UTC).
 */
@Configuration
class BillingServiceConfiguration {

    /** Who may call which operation: {@link BillingPolicy}. */
    @Bean
    ApiPolicy apiPolicy() {
        return BillingPolicy.POLICY;
    }

    @Bean
    EventCatalog publishedEvents() {
        return BillingEvents.CATALOG;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
