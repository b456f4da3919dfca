package io.ledgerline.platform.context;

import java.util.Optional;

/**
 * The caller context of the work running on this thread: set by the HTTP filter for a request and by the inbox for
 * a consumed event, read when commands are dispatched.
 */
public final class CallerContexts {

    private static final ThreadLocal<CallerContext> CURRENT = new ThreadLocal<>();

    private CallerContexts() {
    }

    /** The caller context of the work on this thread, if any. */
    public static Optional<CallerContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The caller context of the work on this thread; fails when there is none. */
    public static CallerContext require() {
        return current().orElseThrow(() -> new IllegalStateException("no caller context on this thread"));
    }

    /** Makes the given caller current until the returned scope is closed, then restores what was there before. */
    public static Scope open(CallerContext context) {
        CallerContext previous = CURRENT.get();
        CURRENT.set(context);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A caller context made current; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
