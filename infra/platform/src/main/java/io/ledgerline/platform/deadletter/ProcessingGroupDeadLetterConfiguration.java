package io.ledgerline.platform.deadletter;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/** Axon's dead-letter queue for the processing groups whose failures may be parked, unless turned off. */
@AutoConfiguration(
        after = io.ledgerline.platform.eventstore.EventStoreConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(DeadLetterQueueProviderConfigurerModule.class)
@ConditionalOnProperty(name = "ledgerline.dead-letters.axon.enabled", matchIfMissing = true)
public class ProcessingGroupDeadLetterConfiguration {

    @Bean
    DeadLetterQueueProviderConfigurerModule processingGroupDeadLetters(
            ObjectProvider<EventProcessorProperties> processors, ListableBeanFactory beans, DeadLetterSchema schema,
            ConnectionProvider connections, PlatformTransactionManager transactions) {
        return new ParkingModule(processors.getIfAvailable(EventProcessorProperties::new), annotatedGroups(beans),
                schema, connections, new HandlerSavepoints(transactions));
    }

    static Set<String> annotatedGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanDefinitionNames())
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class, false))
                .filter(group -> group != null)
                .map(ProcessingGroup::value)
                .collect(Collectors.toSet());
    }
}
