package io.ledgerline.platform.security;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerResolver;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what, before any controller runs: health, metrics and API docs are open; operations need the
 * platform's {@code operator} role; everything else under {@code /api/v1} is what the service's {@link ApiPolicy}
 * allows, and nothing it does not name. The policy's project-scoped grants are decided by {@link PolicyInterceptor}
 * before the handler; money fields ({@link MoneyField}) are left out of responses to callers without money rights.
 * A service without a policy bean keeps the flat matrix ({@link ApiPolicy#flat}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties(LedgerlineSecurityProperties.class)
@Import(MoneyResponses.class)
public class SecurityConfiguration {

    private static final String[] OPEN = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs/**", "/error"};
    private static final String[] ROLES = {"operator", "admin", "finance", "manager", "member"};

    /** The flat matrix, until the service declares its own policy. */
    @Bean
    @ConditionalOnMissingBean
    ApiPolicy flatApiPolicy(@Value("${spring.application.name:service}") String service) {
        return ApiPolicy.flat(service);
    }

    @Bean
    ScopedAccess scopedAccess(List<ProjectScope> scopes, ApiPolicy policy, LedgerlineSecurityProperties properties) {
        ScopedAccess access = new ScopedAccess(scopes, properties.enabled());
        List<String> undecided = policy.rules().stream()
                .filter(rule -> !rule.checkedByHandler() && rule.grants().stream().anyMatch(Grant::scoped)
                        && !access.resolves(rule.pattern()))
                .map(ApiRule::operation).toList();
        if (!undecided.isEmpty()) {
            throw new IllegalStateException("No ProjectScope resolves the project of " + undecided
                    + ": declare one for a path variable of theirs, or allow them with allowCheckedByHandler");
        }
        return access;
    }

    @Bean
    WebMvcConfigurer policyInterceptor(ApiPolicy policy, ScopedAccess access) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PolicyInterceptor(policy, access));
            }
        };
    }

    @Bean
    Module moneyFields() {
        return MoneyFields.module();
    }

    @Bean
    PropertyCustomizer moneyInOpenApi() {
        return new MoneyInOpenApi();
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.security.enabled", havingValue = "true", matchIfMissing = true)
    SecurityFilterChain tokenSecurity(HttpSecurity http, ObjectMapper json, ApiPolicy policy) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    for (ApiRule rule : policy.rules()) {
                        requests.requestMatchers(rule::matches).hasAnyAuthority(rule.authorities());
                    }
                    requests.requestMatchers("/api/v1/**").denyAll()
                            .anyRequest().hasAnyRole(ROLES);
                })
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
