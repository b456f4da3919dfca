package io.ledgerline.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at this JVM's {@link TestPostgres} and {@link TestKafka}: sets
 * {@code spring.datasource.url}, {@code .username}, {@code .password} and
 * {@code spring.kafka.bootstrap-servers} ahead of every other property source.
 */
public class LedgerlineTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE = "ledgerlineTestInfrastructure";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties()));
    }

    /** The properties this initializer sets, starting both servers if needed. */
    public static Map<String, Object> properties() {
        TestPostgres postgres = TestPostgres.instance();
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", TestKafka.instance().bootstrapServers());
    }
}
