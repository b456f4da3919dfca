package io.ledgerline.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.eventstore.EventStoreTables;
import java.sql.SQLException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** The switch {@code ledgerline.dead-letters.axon.enabled}: on unless set to false. */
class ProcessingGroupDeadLetterConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProcessingGroupDeadLetterConfiguration.class))
            .withBean(DeadLetterSchema.class, () -> EventStoreTables.DEAD_LETTERS)
            .withBean(ConnectionProvider.class, () -> () -> {
                throw new SQLException("not used");
            })
            .withBean(PlatformTransactionManager.class,
                    () -> new DataSourceTransactionManager(new SimpleDriverDataSource()));

    @Test
    void processingGroupsParkFailedEventsByDefault() {
        context.run(app -> assertThat(app).getBean(DeadLetterQueueProviderConfigurerModule.class)
                .isInstanceOf(ParkingModule.class));
    }

    @Test
    void theQueuesCanBeTurnedOff() {
        context.withPropertyValues("ledgerline.dead-letters.axon.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(DeadLetterQueueProviderConfigurerModule.class));
    }

    @Test
    void theOutboxPublisherNeverParks() {
        assertThat(ParkingModule.mayPark("integration-publisher")).isFalse();
        assertThat(ParkingModule.mayPark("task-summary")).isTrue();
    }
}
