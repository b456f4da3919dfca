package io.ledgerline.platform.observability;

import io.prometheus.metrics.tracer.common.SpanContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * No exemplars on {@code /actuator/prometheus} unless {@code ledgerline.metrics.exemplars.enabled=true} (for a
 * Prometheus of 2.43 or later that stores them, beside a trace exporter); see {@link NoExemplars}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.actuate.autoconfigure.tracing.prometheus.PrometheusExemplarsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration"})
@ConditionalOnClass(SpanContext.class)
@ConditionalOnProperty(name = "ledgerline.metrics.exemplars.enabled", havingValue = "false", matchIfMissing = true)
public class ExemplarsConfiguration {

    @Bean
    SpanContext noExemplars() {
        return new NoExemplars();
    }
}
