package io.ledgerline.timetracking.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.platform.security.ProjectScope;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.command.TenantCalendar;
import io.ledgerline.timetracking.query.WorkMemberships;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may call what, what timetracking-service publishes, the tenant's calendar, and the caller's roles on every
 * command.
 */
@Configuration
class TimetrackingServiceConfiguration {

    /** Who may call which operation: {@link TimePolicy}. */
    @Bean
    ApiPolicy apiPolicy() {
        return TimePolicy.POLICY;
    }

    /** Decides who reads and sets a project's rounding rule. */
    @Bean
    ProjectScope projectMemberships(JdbcTemplate jdbc) {
        return WorkMemberships.ofProject(jdbc);
    }

    /** Decides who logs time or starts a timer on the task a body names. */
    @Bean
    ProjectScope taskMemberships(JdbcTemplate jdbc) {
        return WorkMemberships.ofTask(jdbc);
    }

    /** Decides who reads and changes an entry: its own user or a manager of its project. */
    @Bean
    ProjectScope entryMemberships(JdbcTemplate jdbc) {
        return WorkMemberships.ofEntry(jdbc);
    }

    /** Decides who reads and decides a person's week: the person, or a manager of a project of theirs. */
    @Bean
    ProjectScope personMemberships(JdbcTemplate jdbc) {
        return WorkMemberships.ofPerson(jdbc);
    }

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
