package io.ledgerline.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Puts the current trace context ({@code traceparent}, W3C) into the metadata of every message created while a
 * command or event is handled, so that an event stored during a request carries the request's trace to whoever
 * handles it later, on another thread or another day.
 */
class TraceContextCorrelation implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceContextCorrelation(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Span span = tracer.currentSpan();
        Map<String, String> context = new HashMap<>();
        if (span != null && !span.isNoop()) {
            propagator.inject(span.context(), context, Map::put);
        }
        context.keySet().retainAll(propagator.fields());
        return context;
    }
}
