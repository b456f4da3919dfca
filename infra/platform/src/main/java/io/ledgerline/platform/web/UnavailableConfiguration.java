package io.ledgerline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** 503 instead of 500 while the database is away, from controllers ({@link UnavailableAdvice}) and filters. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(UnavailableAdvice.class)
public class UnavailableConfiguration {

    /** Inside the caller context (so the problem carries the request id), around the Idempotency-Key filter. */
    @Bean
    FilterRegistrationBean<UnavailableFilter> unavailableFilter(ObjectMapper json) {
        FilterRegistrationBean<UnavailableFilter> registration = new FilterRegistrationBean<>(new UnavailableFilter(json));
        registration.setOrder(CallerContextConfiguration.CALLER_FILTER_ORDER + 5);
        return registration;
    }
}
