package io.ledgerline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what, before any controller runs: health, metrics and API docs are open; reading the API needs a
 * role or the {@code api.read} scope; changing anything needs a role; operations need {@code admin}. Finer rules
 * (only a project's managers approve its time) are the aggregates' business.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties(LedgerlineSecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] OPEN = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs/**", "/error"};
    private static final String[] ROLES = {"admin", "manager", "member"};
    private static final String[] READERS = {"ROLE_admin", "ROLE_manager", "ROLE_member", "SCOPE_api.read"};

    @Bean
    @ConditionalOnProperty(name = "ledgerline.security.enabled", havingValue = "true", matchIfMissing = true)
    SecurityFilterChain tokenSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/api/v1/ops/**").hasRole("admin")
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyAuthority(READERS)
                        .anyRequest().hasAnyRole(ROLES))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesAndScopes()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Spring Security's strict firewall, with its text rules checked without regular expressions. */
    @Bean
    WebSecurityCustomizer headerTextFirewall() {
        return web -> web.httpFirewall(HeaderText.firewall());
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.security.enabled", havingValue = "false")
    SecurityFilterChain openSecurity(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.security.enabled", havingValue = "true", matchIfMissing = true)
    JwtDecoder jwtDecoder(LedgerlineSecurityProperties properties) {
        OAuth2TokenValidator<Jwt> validator = TokenValidators.of(properties);
        NimbusJwtDecoder decoder = IssuerKeys.decoder(properties.jwkSetUri());
        decoder.setJwtValidator(validator);
        return properties.verifiedTokens() > 0
                ? new VerifiedTokens(decoder, validator, properties.verifiedTokens()) : decoder;
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.security.enabled", havingValue = "true", matchIfMissing = true)
    CallerResolver jwtCallerResolver() {
        return new JwtCallerResolver();
    }
}
