package io.ledgerline.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Carries W3C trace context through Axon: into the metadata of stored events and back out when an event processor
 * handles them. HTTP and Kafka carry it by Spring's observations (gateway, services, {@code traceparent} record
 * headers); this closes the gap between a request and the records its events cause.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.NoopTracerAutoConfiguration"},
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(Tracer.class)
@ConditionalOnBean({Tracer.class, Propagator.class})
public class TracingConfiguration {

    @Bean
    CorrelationDataProvider traceContextCorrelation(Tracer tracer, Propagator propagator) {
        return new TraceContextCorrelation(tracer, propagator);
    }

    @Bean
    ConfigurerModule traceContextHandling(Tracer tracer, Propagator propagator) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> new TraceContextHandlerInterceptor(tracer, propagator, processor));
    }
}
