package io.ledgerline.platform.web;

import com.fasterxml.jackson.databind.Module;
import org.springframework.boot.autoconfigure.AutoConfiguration;

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
