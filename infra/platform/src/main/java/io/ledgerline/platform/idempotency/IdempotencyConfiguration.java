package io.ledgerline.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContextConfiguration;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent creating POSTs for every service; runs after the caller context is known. Keys are kept for
 * {@code ledgerline.idempotency.retention} (a day by default), purged every {@code purge-interval}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration"})
public class IdempotencyConfiguration {

    @Bean
    IdempotencyRecords idempotencyRecords(JdbcTemplate jdbc) {
        return new IdempotencyRecords(jdbc);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records, ObjectMapper json,
                                                                PlatformTransactionManager transactionManager) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(records, new ProblemWriter(json), new TransactionTemplate(transactionManager)));
        registration.setOrder(CallerContextConfiguration.CALLER_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    IdempotencyRetention idempotencyRetention(
            IdempotencyRecords records,
            @Value("${ledgerline.idempotency.retention:P1D}") Duration retention,
            @Value("${ledgerline.idempotency.purge-interval:PT1H}") Duration purgeInterval) {
        return new IdempotencyRetention(records, retention, purgeInterval, Clock.systemUTC());
    }
}
