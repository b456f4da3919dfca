package io.ledgerline.gateway.security;

import io.ledgerline.gateway.ratelimit.RateLimiting;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.CsrfSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.FormLoginSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.HttpBasicSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.LogoutSpec;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway's one security filter chain: stateless bearer-token authentication, the path rules
 * ({@link GatewayRules}), CORS, the rate limit (after authentication, so that it can count per subject) and problem
 * responses for refusals.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(CorsSettings.class)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, RateLimiting rateLimiting,
                                                  CorsSettings cors) {
        ProblemRefusals refusals = new ProblemRefusals();
        return http
                .csrf(CsrfSpec::disable)
                .httpBasic(HttpBasicSpec::disable)
                .formLogin(FormLoginSpec::disable)
                .logout(LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors.source()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(GatewayRules.OPEN).permitAll()
                        .pathMatchers(GatewayRules.OPERATIONS).hasRole(GatewayRules.OPERATOR)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new LedgerlineAuthentication()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .addFilterAfter(rateLimiting.webFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }
}
