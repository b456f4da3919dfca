package io.ledgerline.platform.testapp;

import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * When armed, fails the publisher's next unit of work after the broker acknowledged its records and before the
 * token is committed: what a process killed at that moment leaves behind. The hook is registered after the handler
 * ran, so it runs after the publisher's own wait for acknowledgements.
 */
public class CrashAfterAcknowledgement implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String PUBLISHER_SENDS = "io.ledgerline.platform.outbox.PendingSends";

    private final AtomicBoolean armed = new AtomicBoolean();

    public void arm() {
        armed.set(true);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        unitOfWork.root().onPrepareCommit(committing -> {
            // only a unit of work that sent records (the publisher's pending sends are its resource) may crash, so
            // that another tracking processor (the note-counts projection) does not consume the armed crash
            if (committing.resources().containsKey(PUBLISHER_SENDS) && armed.compareAndSet(true, false)) {
                throw new IllegalStateException("simulated crash between acknowledgement and token commit");
            }
        });
        return result;
    }
}
