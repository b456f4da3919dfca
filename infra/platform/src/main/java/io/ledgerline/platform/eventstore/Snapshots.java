package io.ledgerline.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Snapshots and an aggregate cache for aggregates with long streams, opted into per aggregate with
 * {@code @Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.CACHE)}.
 * <ul>
 * <li>{@code ledgerline.snapshots.threshold}: after how many events since the last snapshot an aggregate is
 * snapshotted into {@code snapshot_event_entry} (0, the default, never). Loading then reads the newest snapshot and
 * only the events after it.</li>
 * <li>{@code ledgerline.snapshots.cache}: keep loaded aggregates in memory (weak references, so the heap decides).
 * Off by default: it is safe only while every command for one aggregate reaches the same instance; with several
 * instances behind a load balancer a stale copy would fail its append with a conflict.</li>
 * </ul>
 * Snapshots are written with Axon's general (Jackson) serializer; aggregates have private fields and no getters, so
 * a Jackson module lets Axon's serializers see the fields of classes annotated {@code @Aggregate}, and nothing else.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class Snapshots {

    /** The bean name for {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String TRIGGER = "ledgerlineSnapshotTrigger";
    /** The bean name for {@code @Aggregate(cache = ...)}. */
    public static final String CACHE = "ledgerlineAggregateCache";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition ledgerlineSnapshotTrigger(Snapshotter snapshotter,
                                                        @Value("${ledgerline.snapshots.threshold:0}") int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("ledgerline.snapshots.threshold must be 0 (off) or more");
        }
        return threshold == 0 ? NoSnapshotTriggerDefinition.INSTANCE
                : new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean(CACHE)
    Cache ledgerlineAggregateCache(@Value("${ledgerline.snapshots.cache:false}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    /** Lets every Jackson serializer of Axon's (general, events, messages) write and read aggregates' fields. */
    @Bean
    static BeanPostProcessor aggregateFieldsForSnapshots() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JacksonSerializer jackson) {
                    jackson.getObjectMapper().registerModule(new SimpleModule("ledgerline-aggregate-fields") {
                        @Override
                        public void setupModule(SetupContext context) {
                            super.setupModule(context);
                            context.insertAnnotationIntrospector(new AggregateFields());
                        }
                    });
                }
                return bean;
            }
        };
    }

    /** Fields, not accessors, for {@code @Aggregate} classes: what an event-sourcing handler assigned is the state. */
    static final class AggregateFields extends NopAnnotationIntrospector {

        @Override
        public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass type, VisibilityChecker<?> checker) {
            if (type.getAnnotated() == null || !type.getAnnotated().isAnnotationPresent(Aggregate.class)) {
                return checker;
            }
            return checker.withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                    .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withSetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withCreatorVisibility(JsonAutoDetect.Visibility.ANY);
        }
    }
}
