package io.ledgerline.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds back the commit of an event processor's unit of work (and with it the token update in the same database
 * transaction) until the broker acknowledged every record sent in it. A send that fails or times out fails the
 * unit of work: the transaction rolls back, the token stays, and the processor sends the batch again.
 */
class PendingSends {

    private static final String RESOURCE = PendingSends.class.getName();

    private final Duration acknowledgementTimeout;

    PendingSends(Duration acknowledgementTimeout) {
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    void awaitBeforeCommit(CompletableFuture<?> send) {
        if (!CurrentUnitOfWork.isStarted()) {
            await(List.of(send));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<CompletableFuture<?>> pending = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> await(sends));
            return sends;
        });
        pending.add(send);
    }

    private void await(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new PublicationFailedException("the broker refused a record", e.getCause());
        } catch (TimeoutException e) {
            throw new PublicationFailedException("no acknowledgement within " + acknowledgementTimeout, e);
        }
    }
}
