package io.ledgerline.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A subscribing group's failures refuse the command, with the dead-letter queues on or off; other groups keep theirs. */
class SubscribingGroupsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SubscribingGroupsConfiguration.class))
            .withBean(SubscribingReadModel.class)
            .withBean(TrackingReadModel.class)
            .withBean(EventProcessorProperties.class, () -> {
                EventProcessorProperties processors = new EventProcessorProperties();
                EventProcessorProperties.ProcessorSettings subscribing = new EventProcessorProperties.ProcessorSettings();
                subscribing.setMode(EventProcessorProperties.Mode.SUBSCRIBING);
                processors.getProcessors().put("in-the-command", subscribing);
                return processors;
            });

    @Test
    void aSubscribingGroupPropagatesItsFailuresAndATrackingOneDoesNot() {
        context.withPropertyValues("ledgerline.dead-letters.axon.enabled=false").run(app -> {
            Configurer configurer = DefaultConfigurer.defaultConfiguration();
            app.getBean(ConfigurerModule.class).configureModule(configurer);
            Configuration axon = configurer.buildConfiguration();

            assertThat(axon.eventProcessingConfiguration().listenerInvocationErrorHandler("in-the-command"))
                    .isInstanceOf(PropagatingErrorHandler.class);
            assertThat(axon.eventProcessingConfiguration().listenerInvocationErrorHandler("behind-the-command"))
                    .isNotInstanceOf(PropagatingErrorHandler.class);
        });
    }

    @ProcessingGroup("in-the-command")
    static class SubscribingReadModel {
    }

    @ProcessingGroup("behind-the-command")
    static class TrackingReadModel {
    }
}
