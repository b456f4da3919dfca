package io.ledgerline.timetracking.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.command.TenantCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What timetracking-service publishes, the tenant's calendar, and the caller's roles on every command.
 */
@Configuration
class TimetrackingServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return TimeEvents.CATALOG;
    }

    @Bean
    TenantCalendar tenantCalendar(@Value("${ledgerline.tenancy.time-zone:UTC}") ZoneId zone) {
        Clock clock = Clock.system(zone);
        return new TenantCalendar() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> callerRolesInterceptor() {
        return new CallerRolesInterceptor();
    }
}
