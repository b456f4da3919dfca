package io.ledgerline.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses with an error instead of writing the response, so that the gateway's problem handler answers 401 and
 * 403 like every other failure: {@code application/problem+json} with the request id. The detail never says
 * why a token was rejected (expired, wrong key, wrong audience): that is for the logs, not for the caller.
 */
final class ProblemRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenOffered = failure instanceof OAuth2AuthenticationException;
        return Mono.error(new Refusal(HttpStatus.UNAUTHORIZED,
                tokenOffered ? "The bearer token is not valid." : "A bearer token is required.",
                tokenOffered ? "Bearer error=\"invalid_token\"" : "Bearer"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Mono.error(new Refusal(HttpStatus.FORBIDDEN, "The token does not grant access to this resource.",
                "Bearer error=\"insufficient_scope\""));
    }

    /** An expected refusal: no stack trace, and the {@code WWW-Authenticate} challenge RFC 6750 asks for. */
    static final class Refusal extends ResponseStatusException {

        private final transient HttpHeaders headers = new HttpHeaders();

        Refusal(HttpStatus status, String detail, String challenge) {
            super(status, detail);
            headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
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
