package io.ledgerline.platform.deadletter;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;

/**
 * Gives the processing groups a {@link JdbcSequencedDeadLetterQueue}, with the {@link ParkingPolicy} and a savepoint
 * around each event. Left out are the outbox publisher, the subscribing groups (they run in the command's transaction
 * and their failures refuse the command: {@link SubscribingGroupsConfiguration}) and every other group whose failures
 * are configured to propagate (a {@link PropagatingErrorHandler}): their failures must block, or refuse the command
 * they run in, never be parked. It extends Axon's own provider module only so that Axon's Spring Boot support, which would enable queues
 * group by group from {@code axon.eventhandling.processors.*.dlq}, steps back.
 */
class ParkingModule extends DeadLetterQueueProviderConfigurerModule {

    private final EventProcessorProperties processors;
    private final Set<String> annotatedGroups;
    private final DeadLetterSchema schema;
    private final ConnectionProvider connections;
    private final HandlerSavepoints savepoints;
    private volatile Configuration configuration;

    /**
     * @param annotatedGroups the groups named by {@code @ProcessingGroup} on the service's handlers, which also get a
     *                        savepoint per event and a queue that a replay clears
     */
    ParkingModule(EventProcessorProperties processors, Set<String> annotatedGroups, DeadLetterSchema schema,
                  ConnectionProvider connections, HandlerSavepoints savepoints) {
        super(processors, group -> null);
        this.processors = processors;
        this.annotatedGroups = Set.copyOf(annotatedGroups);
        this.schema = schema;
        this.connections = connections;
        this.savepoints = savepoints;
    }

    static boolean mayPark(String processingGroup) {
        return !IntegrationEventPublisher.PROCESSING_GROUP.equals(processingGroup);
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(initialized -> configuration = initialized);
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.registerDeadLetterQueueProvider(group -> parks(group) ? config ->
                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .schema(schema)
                        .genericSerializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .build() : null);
        processing.registerDefaultDeadLetterPolicy(config -> new ParkingPolicy(savepoints));
        processing.registerDefaultHandlerInterceptor((config, processor) ->
                annotatedGroups.contains(processor) && parks(processor) ? savepoints.interceptor() : null);
        annotatedGroups.stream().filter(ParkingModule::mayPark).forEach(group ->
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> {
                    // a replay hands every event to the handlers again, the parked ones included
                    invoker.allowReset(true);
                    // the cache of parked sequences is per segment: right only where one node owns a segment
                    return streaming(group) ? invoker.enableSequenceIdentifierCache() : invoker;
                }));
    }

    private boolean parks(String group) {
        return mayPark(group) && streaming(group) && !(configuration != null && configuration.eventProcessingConfiguration()
                .listenerInvocationErrorHandler(group) instanceof PropagatingErrorHandler);
    }

    private boolean streaming(String group) {
        return !SubscribingGroupsConfiguration.subscribing(processors, group);
    }
}
