package io.ledgerline.webhook.web;

import io.ledgerline.platform.context.CallerContextConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps rotations out of the idempotency store: their answer holds a secret shown once. */
@Configuration
class WebhookWebConfiguration {

    /** Between the caller's context and the platform's idempotency filter (10 after it). */
    @Bean
    FilterRegistrationBean<SecretAnswersAreNotStored> secretAnswersAreNotStored() {
        FilterRegistrationBean<SecretAnswersAreNotStored> registration =
                new FilterRegistrationBean<>(new SecretAnswersAreNotStored());
        registration.setOrder(CallerContextConfiguration.CALLER_FILTER_ORDER + 5);
        return registration;
    }
}
