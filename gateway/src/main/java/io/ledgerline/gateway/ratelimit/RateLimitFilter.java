package io.ledgerline.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs inside the security chain right after authentication: a request with a valid token is counted against
 * its subject, any other against its client address. Probes and metrics are never limited.
 */
final class RateLimitFilter implements WebFilter {

    private final RateLimit limit;

    RateLimitFilter(RateLimit limit) {
        this.limit = limit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isProbe(exchange)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> "sub:" + ((JwtAuthenticationToken) authentication).getToken().getSubject())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)))
                .flatMap(limit::take)
                .flatMap(decision -> decision.allowed()
                        ? chain.filter(exchange)
                        : Mono.error(new TooManyRequests(decision.retryAfter())));
    }

    static boolean isProbe(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/actuator/");
    }

    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** 429 with {@code Retry-After} in whole seconds, at least one; expected, so without a stack trace. */
    static final class TooManyRequests extends ResponseStatusException {

        private final transient HttpHeaders headers = new HttpHeaders();

        TooManyRequests(Duration retryAfter) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Rate limit exceeded; retry later.");
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
