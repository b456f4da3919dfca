package io.ledgerline.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Work a handler wants done once per inbox transaction rather than once per record: the inbox applies a whole poll in
 * one transaction, and a derived figure that only the batch's end state decides (such as a project's budget burn,
 * which sums the project's ledger) need not be recomputed after every record of it. Work registered under an equal
 * key runs once, at the end of the transaction, after every record of the batch was applied and before it commits,
 * so a failure still rolls the batch back. Outside an inbox transaction the work runs at once.
 */
public final class InboxTransaction {

    private static final ThreadLocal<Map<Object, Runnable>> PENDING = new ThreadLocal<>();

    private InboxTransaction() {
    }

    /** Runs {@code work} once at the end of the current inbox transaction, or now when there is none. */
    public static void atEnd(Object key, Runnable work) {
        Map<Object, Runnable> pending = PENDING.get();
        if (pending == null) {
            work.run();
        } else {
            pending.putIfAbsent(key, work);
        }
    }

    /** Applies within an inbox transaction: {@code applying} first, then the work it registered. */
    static <T> T within(Supplier<T> applying) {
        Map<Object, Runnable> pending = new LinkedHashMap<>();
        PENDING.set(pending);
        try {
            T result = applying.get();
            // a registered work item may register more (a burn check applying a command): run until none is left
            while (!pending.isEmpty()) {
                Object key = pending.keySet().iterator().next();
                pending.remove(key).run();
            }
            return result;
        } finally {
            PENDING.remove();
        }
    }
}
