package io.ledgerline.platform.deadletter;

import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * A subscribing processing group runs in the command's transaction, so its handlers' failures propagate and refuse
 * the command, which then leaves nothing behind. Axon's default would log the failure and let the command commit
 * with the read model silently missing the change; parking it in the dead-letter queue did the same with a record of
 * it, and parked every later event of the aggregate behind it (found by the malformed-request tests: a due date
 * PostgreSQL cannot store). Applies whether or not the dead-letter queues are enabled.
 */
@AutoConfiguration
@ConditionalOnClass(EventProcessorProperties.class)
public class SubscribingGroupsConfiguration {

    @Bean
    ConfigurerModule subscribingGroupsRefuseTheCommand(ObjectProvider<EventProcessorProperties> processors,
                                                       ListableBeanFactory beans) {
        EventProcessorProperties settings = processors.getIfAvailable(EventProcessorProperties::new);
        Set<String> groups = ProcessingGroupDeadLetterConfiguration.annotatedGroups(beans);
        return configurer -> groups.stream().filter(group -> subscribing(settings, group)).forEach(group ->
                configurer.eventProcessing().registerListenerInvocationErrorHandler(group,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    /** Whether the group is configured as a subscribing processor ({@code axon.eventhandling.processors.<group>}). */
    static boolean subscribing(EventProcessorProperties processors, String group) {
        return Optional.ofNullable(processors.getProcessors().get(group))
                .map(settings -> settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING)
                .orElse(false);
    }
}
