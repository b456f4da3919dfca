package io.ledgerline.platform.context;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Wires caller contexts into HTTP requests, command dispatch and event metadata. The request id is given first;
 * the caller is resolved after Spring Security authenticated the request.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        afterName = "io.ledgerline.platform.security.SecurityConfiguration")
public class CallerContextConfiguration {

    /** The order of the caller-context filter: right after Spring Security's filter chain. */
    public static final int CALLER_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    @ConditionalOnMissingBean
    CallerResolver callerResolver(@Value("${ledgerline.tenancy.default-tenant:demo}") String tenant) {
        return new FixedTenantCallerResolver(tenant);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CallerContextFilter> callerContextFilter(CallerResolver callers) {
        FilterRegistrationBean<CallerContextFilter> registration =
                new FilterRegistrationBean<>(new CallerContextFilter(callers));
        registration.setOrder(CALLER_FILTER_ORDER);
        return registration;
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> callerMetaDataInterceptor() {
        return new CallerMetaDataInterceptor();
    }

    @Bean
    CorrelationDataProvider callerCorrelationDataProvider(
            @Value("${spring.application.name:ledgerline}") String service) {
        return new CallerCorrelationDataProvider(service);
    }
}
