package io.ledgerline.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Handles each event inside a span that continues the trace the event was stored in (its {@code traceparent}
 * metadata), so that what an event processor does (the outbox's Kafka send and its {@code traceparent} header
 * above all) belongs to the request that caused the event.
 */
class TraceContextHandlerInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Tracer tracer;
    private final Propagator propagator;
    private final String processor;

    TraceContextHandlerInterceptor(Tracer tracer, Propagator propagator, String processor) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.processor = processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        MetaData metaData = event.getMetaData();
        if (!propagator.fields().stream().anyMatch(metaData::containsKey)) {
            return chain.proceed();
        }
        Span span = propagator.extract(metaData, (carrier, key) -> {
            Object value = carrier.get(key);
            return value == null ? null : value.toString();
        }).name("handle " + event.getPayloadType().getSimpleName())
                .tag("axon.processor", processor)
                .start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return chain.proceed();
        } catch (Exception | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
