package io.ledgerline.gateway.metrics;

import io.prometheus.metrics.tracer.common.SpanContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Prometheus conventions for every meter the gateway registers, and no exemplars unless asked for. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    PrometheusConventions prometheusConventions() {
        return new PrometheusConventions();
    }

    @Bean
    @ConditionalOnProperty(name = "ledgerline.metrics.exemplars.enabled", havingValue = "false", matchIfMissing = true)
    SpanContext noExemplars() {
        return new NoExemplars();
    }
}
