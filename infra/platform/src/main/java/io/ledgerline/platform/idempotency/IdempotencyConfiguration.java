package io.ledgerline.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import io.ledgerline.platform.context.CallerContextConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotent creating POSTs for every service; runs after the caller context is known. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration")
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(new IdempotencyRecords(jdbc), new ProblemWriter(json)));
        registration.setOrder(CallerContextConfiguration.CALLER_FILTER_ORDER + 10);
        return registration;
    }
}
