package io.ledgerline.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every failure with an RFC 9457 {@code application/problem+json} body carrying the request id;
 * stack traces go to the log, never to the caller. Ordered before Spring Boot's default handler.
 */
@Component
@Order(-2)
class ProblemResponseHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponseHandler.class);

    private final ObjectMapper objectMapper;

    ProblemResponseHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error); // too late for a problem body: let the connection fail
        }
        String path = exchange.getRequest().getPath().value();
        Failure failure = Failure.of(error, path);
        logFailure(exchange, failure, error);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.detail());
        problem.setInstance(URI.create(exchange.getRequest().getPath().pathWithinApplication().value()));
        problem.setProperty("requestId", RequestIdFilter.requestIdOf(exchange));
        response.setStatusCode(failure.status());
        failure.headers().forEach((name, values) -> response.getHeaders().put(name, values));
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromCallable(() -> response.bufferFactory().wrap(json(problem))));
    }

    private byte[] json(ProblemDetail problem) throws JsonProcessingException {
        return objectMapper.writeValueAsBytes(problem);
    }

    private static void logFailure(ServerWebExchange exchange, Failure failure, Throwable error) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
                + " [" + RequestIdFilter.requestIdOf(exchange) + "]";
        if (failure.status().value() == 500) {
            log.error("{} failed", request, error);
        } else if (failure.isServerError()) {
            log.warn("{} answered {}: {}", request, failure.status().value(), error.toString());
        } else {
            log.debug("{} answered {}: {}", request, failure.status().value(), error.toString());
        }
    }
}
