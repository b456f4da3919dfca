package io.ledgerline.webhook.web;

import java.net.URI;
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

/** Puts {@link AdminOnly} in front of the webhook API and answers its refusal as a 403 problem document. */
@Configuration
class WebhookWebConfiguration implements WebMvcConfigurer {

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
