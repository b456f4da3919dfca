package io.ledgerline.platform.inbox;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;

/**
 * One Kafka listener container per {@link Subscription}, each in its own consumer group, handing the inbox each poll
 * as a batch. Started after the application is ready to apply events and stopped before it closes, so consumers
 * leave their groups cleanly.
 */
class InboxListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers;
    private volatile boolean running;

    InboxListeners(List<Subscription> subscriptions, Inbox inbox,
                   ConcurrentKafkaListenerContainerFactory<String, byte[]> factory, String applicationName) {
        this.containers = subscriptions.stream().map(subscription -> {
            String consumer = applicationName + "." + subscription.name();
            ConcurrentMessageListenerContainer<String, byte[]> container = factory.createContainer(subscription.topic());
            container.getContainerProperties().setGroupId(consumer);
            // the inbox observes each record itself (spring.kafka.listener, as record listeners are observed); the
            // container's own batch timer of the same name, with other tags, would clash with it in Prometheus
            container.getContainerProperties().setMicrometerEnabled(false);
            container.getContainerProperties().setMessageListener(
                    (BatchMessageListener<String, byte[]>) records -> inbox.processAll(records, subscription,
                            consumer));
            container.setBeanName(consumer);
            return container;
        }).toList();
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    List<ConcurrentMessageListenerContainer<String, byte[]>> containers() {
        return containers;
    }
}
