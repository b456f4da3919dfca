package io.ledgerline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shared HTTP error conventions; registered before Boot's own problem handler and error page, which then stand
 * aside.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration"})
@Import({ProblemDetailsAdvice.class, ProblemRequestIdAdvice.class, ProblemErrorController.class})
public class WebConfiguration {

    /**
     * Bodies over {@code ledgerline.web.max-request-body} (1 MB, as at the gateway) are refused with 413 before
     * anything reads them; first after the request id, before Spring Security.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${ledgerline.web.max-request-body:1MB}") DataSize limit, ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    Module noNulInJson() {
        return NulCharacters.jsonModule();
    }

    /**
     * A key twice in one object is malformed (400): Jackson would otherwise take the last one, or fail with a
     * definition error (500) when the first already completed a record's constructor.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer noDuplicateKeys() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** If-Match, 412 and 428 in every service's OpenAPI document. */
    @Bean
    OperationCustomizer conditionalRequestDocs() {
        return new ConditionalRequestDocs();
    }

    @Bean
    WebMvcConfigurer requestChecks() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptCheck());
                registry.addInterceptor(NulCharacters.interceptor());
            }
        };
    }
}
