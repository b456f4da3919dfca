package io.ledgerline.webhook.web;

import io.ledgerline.platform.context.CallerContextConfiguration;
import java.net.URI;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AdminOnly} in front of the webhook API and answers its refusal as a 403 problem document; keeps
 * rotations out of the idempotency store.
 */
@Configuration
class WebhookWebConfiguration implements WebMvcConfigurer {

    /** Between the caller's context and the platform's idempotency filter (10 after it). */
    @Bean
    FilterRegistrationBean<SecretAnswersAreNotStored> secretAnswersAreNotStored() {
        FilterRegistrationBean<SecretAnswersAreNotStored> registration =
                new FilterRegistrationBean<>(new SecretAnswersAreNotStored());
        registration.setOrder(CallerContextConfiguration.CALLER_FILTER_ORDER + 5);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminOnly()).addPathPatterns("/api/v1/webhooks", "/api/v1/webhooks/**");
    }

    /** Ahead of the platform's catch-all handler, which would make the refusal a 500. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class AdminRequiredAdvice {

        @ExceptionHandler(AdminRequiredException.class)
        ResponseEntity<ProblemDetail> forbidden(AdminRequiredException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
            problem.setType(URI.create("https://ledgerline.io/problems/forbidden"));
            problem.setTitle("Forbidden");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
    }
}
