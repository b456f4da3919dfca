package io.ledgerline.timetracking.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.command.TenantCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What timetracking-service publishes, the tenant's calendar, the caller's roles on every command, and how a
 * concurrent append to one aggregate is recognised.
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

    /**
     * Two writers appending the same version of an aggregate collide on the event store's unique key (SQL state
     * 23505, reported inside a batch update by PostgreSQL). Recognising it makes the loser a concurrency conflict
     * (409, or a retry of a consumed event) instead of an unavailable store (503); Axon's default resolver reads
     * vendor error codes, which PostgreSQL leaves at 0.
     */
    @Bean
    PersistenceExceptionResolver duplicateEventResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> callerRolesInterceptor() {
        return new CallerRolesInterceptor();
    }
}
