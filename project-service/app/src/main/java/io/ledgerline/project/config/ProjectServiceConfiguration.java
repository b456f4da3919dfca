package io.ledgerline.project.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.project.api.ProjectEvents;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call what, what project-service publishes, and how its read models fail. */
@Configuration
class ProjectServiceConfiguration {

    /** The read models run in the command's transaction; a failure there must refuse the command, not be logged. */
    private static final String[] READ_MODELS = {"client-summary", "project-summary"};

    /** Who may call which operation: {@link ProjectPolicy}. */
    @Bean
    ApiPolicy apiPolicy() {
        return ProjectPolicy.POLICY;
    }

    @Bean
    EventCatalog publishedEvents() {
        return ProjectEvents.CATALOG;
    }

    @Bean
    ConfigurerModule readModelFailuresPropagate() {
        return configurer -> {
            for (String group : READ_MODELS) {
                configurer.eventProcessing().registerListenerInvocationErrorHandler(group,
                        configuration -> PropagatingErrorHandler.instance());
            }
        };
    }
}
