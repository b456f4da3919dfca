package io.ledgerline.gateway.metrics;

import io.prometheus.metrics.tracer.common.SpanContext;

/**
 * Leaves trace ids out of the Prometheus exposition. Prometheus before 2.43 (Debian 12 ships 2.42) refuses a scrape
 * whose OpenMetrics carries exemplars on a timer's {@code _count} ("does not support exemplars"), and without a
 * trace exporter the ids would lead nowhere.
 */
class NoExemplars implements SpanContext {

    @Override
    public String getCurrentTraceId() {
        return null;
    }

    @Override
    public String getCurrentSpanId() {
        return null;
    }

    @Override
    public boolean isCurrentSpanSampled() {
        return false;
    }

    @Override
    public void markCurrentSpanAsExemplar() {
        // never an exemplar
    }
}
