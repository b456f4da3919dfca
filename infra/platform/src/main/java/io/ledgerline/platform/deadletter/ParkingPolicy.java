package io.ledgerline.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks every event a handler failed on, with its cause (truncated to what {@code cause_message} holds) and the number
 * of failed attempts in the diagnostics ({@value #FAILURES}: 1 when parked, one more for each failed retry). Nothing is
 * evicted automatically: a parked event is a read-model change nobody has applied yet, so only an operator gives up on
 * it. Nor is a failure retried in place first: what fails in a projection is almost always the event or the code, and
 * retrying would hold up the whole group; a failure of the database itself cannot be parked (parking needs it), so the
 * processor rolls the batch back and retries it with Axon's back-off.
 */
class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String FAILURES = "failures";
    private static final Logger LOG = LoggerFactory.getLogger(ParkingPolicy.class);

    private final HandlerSavepoints savepoints;

    ParkingPolicy(HandlerSavepoints savepoints) {
        this.savepoints = savepoints;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        savepoints.rollBackCurrent();
        int failures = letter.diagnostics().get(FAILURES) instanceof Number previous ? previous.intValue() + 1 : 1;
        LOG.warn("Parking event {} ({}) after failure {}: {}", letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), failures, cause.toString(), cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause),
                parked -> parked.diagnostics().and(FAILURES, failures));
    }
}
