package io.ledgerline.testsupport.fuzz;

import java.util.List;

/** What a request changed in a service's state, so a refused request can be shown to have changed nothing. */
public interface StateProbe {

    /** A mark of the state before the request with the given request id is sent. */
    Object mark();

    /** The changes since {@code mark} that the request with {@code requestId} caused; empty when none. */
    List<String> changesSince(Object mark, String requestId);
}
