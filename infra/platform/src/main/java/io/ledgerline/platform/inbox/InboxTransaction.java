package io.ledgerline.platform.inbox;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work a handler wants done once per inbox transaction rather than once per record: the inbox applies a whole poll in
 * one transaction, so
 * <ul>
 *   <li>writes can be {@linkplain #collect collected} and sent as one JDBC batch instead of a round trip per record
 *   (a handler that must read what it collected first {@linkplain #flush flushes} it), and</li>
 *   <li>a derived figure that only the batch's end state decides (such as a project's budget burn, which sums the
 *   project's ledger) is computed {@linkplain #atEnd once at the end}, not after every record.</li>
 * </ul>
 * At the end of the transaction, after every record of the batch was applied and before it commits (so a failure
 * still rolls the batch back), the collected writes go out first, in the order first collected, then each end work
 * registered under distinct keys. Outside an inbox transaction both happen at once.
 */
public final class InboxTransaction {

    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private InboxTransaction() {
    }

    /**
     * Runs {@code work} once at the end of the current inbox transaction, or now when there is none. The work runs as
     * the caller the registering thread had when it was last registered under {@code key} (the reaction to the latest
     * record that asked for it), though that record's own scope has long closed: what it sends carries that tenant,
     * actor, request and cause.
     */
    public static void atEnd(Object key, Runnable work) {
        Pending pending = PENDING.get();
        if (pending == null) {
            work.run();
        } else {
            CallerContext caller = CallerContexts.current().orElse(null);
            pending.derived.merge(key, new EndWork(work, caller),
                    (registered, again) -> new EndWork(registered.work(), caller));
        }
    }

    /**
     * Adds {@code item} to the writes collected under {@code key}; {@code write} gets them all, in order, when the
     * transaction ends or {@link #flush} asks for them, and gets {@code item} alone at once outside a transaction.
     */
    @SuppressWarnings("unchecked")
    public static <T> void collect(Object key, T item, Consumer<List<T>> write) {
        Pending pending = PENDING.get();
        if (pending == null) {
            write.accept(List.of(item));
        } else {
            ((Collected<T>) pending.writes.computeIfAbsent(key, ignored -> new Collected<>(write))).items.add(item);
        }
    }

    /** Writes what was collected under {@code key} now, so that the transaction reads it. */
    public static void flush(Object key) {
        Pending pending = PENDING.get();
        Collected<?> collected = pending == null ? null : pending.writes.remove(key);
        if (collected != null) {
            collected.write();
        }
    }

    /** Applies within an inbox transaction: {@code applying} first, then what it collected, then its end work. */
    static <T> T within(Supplier<T> applying) {
        Pending pending = new Pending();
        PENDING.set(pending);
        try {
            T result = applying.get();
            // end work may collect or register more (a burn check applying a command): run until none is left
            while (!pending.writes.isEmpty() || !pending.derived.isEmpty()) {
                while (!pending.writes.isEmpty()) {
                    Object key = pending.writes.keySet().iterator().next();
                    pending.writes.remove(key).write();
                }
                if (!pending.derived.isEmpty()) {
                    Object key = pending.derived.keySet().iterator().next();
                    pending.derived.remove(key).run();
                }
            }
            return result;
        } finally {
            PENDING.remove();
        }
    }

    private static final class Pending {
        final Map<Object, Collected<?>> writes = new LinkedHashMap<>();
        final Map<Object, EndWork> derived = new LinkedHashMap<>();
    }

    /** End work with the caller to run it as; none when it was registered outside any caller's scope. */
    private record EndWork(Runnable work, CallerContext caller) {
        void run() {
            if (caller == null) {
                work.run();
                return;
            }
            try (CallerContexts.Scope ignored = CallerContexts.open(caller)) {
                work.run();
            }
        }
    }

    private static final class Collected<T> {
        final List<T> items = new ArrayList<>();
        final Consumer<List<T>> write;

        Collected(Consumer<List<T>> write) {
            this.write = write;
        }

        void write() {
            write.accept(items);
        }
    }
}
