package io.ledgerline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
