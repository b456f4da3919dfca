package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class LedgerlineTestInfrastructureTest {

    @Test
    void pointsSpringAtTheSharedServersAheadOfOtherProperties() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("earlier", Map.of("spring.datasource.url", "jdbc:h2:mem:x")));

            new LedgerlineTestInfrastructure().initialize(context);

            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo(TestPostgres.instance().jdbcUrl());
            assertThat(context.getEnvironment().getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestKafka.instance().bootstrapServers());
        }
    }
}
