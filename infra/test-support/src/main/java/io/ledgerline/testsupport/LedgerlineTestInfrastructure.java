package io.ledgerline.testsupport;

import java.util.Map;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * Points a Spring test context at this JVM's {@link TestPostgres}, {@link TestKafka} and {@link TestIdentity}: sets
 * {@code spring.datasource.url}, {@code .username}, {@code .password}, {@code spring.kafka.bootstrap-servers} and
 * the token issuer ahead of every other property source, and gives the context's {@code TestRestTemplate} a
 * default bearer token ({@link #DEFAULT_TENANT}, {@link #DEFAULT_USER}, every role) for requests that carry none.
 */
public class LedgerlineTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE = "ledgerlineTestInfrastructure";
    /** The tenant of the default token. */
    public static final String DEFAULT_TENANT = "demo";
    /** The subject of the default token. */
    public static final String DEFAULT_USER = "test-user";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties()));
        context.getBeanFactory().registerSingleton("ledgerlineDefaultBearerToken", defaultBearerToken());
    }

    /** The properties this initializer sets, starting the servers if needed. */
    public static Map<String, Object> properties() {
        TestPostgres postgres = TestPostgres.instance();
        TestIdentity identity = TestIdentity.instance();
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", TestKafka.instance().bootstrapServers(),
                "ledgerline.security.enabled", "true",
                "ledgerline.security.issuer-uri", identity.issuer(),
                "ledgerline.security.jwk-set-uri", identity.jwkSetUri(),
                "ledgerline.security.audience", TestIdentity.AUDIENCE);
    }

    /** A token for the default user: tenant {@value #DEFAULT_TENANT}, roles admin, manager and member. */
    public static String defaultToken() {
        return TestIdentity.instance().token(DEFAULT_TENANT, DEFAULT_USER, "admin", "manager", "member");
    }

    private static RestTemplateCustomizer defaultBearerToken() {
        return restTemplate -> restTemplate.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(defaultToken());
            }
            return execution.execute(request, body);
        });
    }
}
