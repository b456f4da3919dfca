package io.ledgerline.platform.deadletter;

import java.util.ArrayDeque;
import java.util.Deque;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A savepoint around the handling of each event, so that parking it undoes what its handlers wrote. Without one, a
 * failed handler's earlier writes would be committed with the parked event (and applied twice on retry), and after a
 * failed SQL statement PostgreSQL refuses every further statement of the transaction, the parking included.
 */
class HandlerSavepoints {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final ThreadLocal<Deque<TransactionStatus>> open = ThreadLocal.withInitial(ArrayDeque::new);

    HandlerSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Sets a savepoint before the event is handled; releases it afterwards, or rolls back to it on a failure. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return chain.proceed();
            }
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            open.get().push(savepoint);
            try {
                Object result = chain.proceed();
                if (!savepoint.isCompleted()) {
                    transactions.commit(savepoint);
                }
                return result;
            } catch (Throwable failure) {
                if (!savepoint.isCompleted()) {
                    transactions.rollback(savepoint);
                }
                throw failure;
            } finally {
                open.get().remove(savepoint);
            }
        };
    }

    /** Undoes what the handlers wrote for the event being handled, before it is parked. */
    void rollBackCurrent() {
        TransactionStatus savepoint = open.get().peek();
        if (savepoint != null && !savepoint.isCompleted()) {
            transactions.rollback(savepoint);
        }
    }
}
