package io.ledgerline.platform.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides which tenant and actor an HTTP request acts for. The tenant must come from something the caller cannot
 * forge (a signed token); never from a header or the body.
 */
public interface CallerResolver {

    /** The tenant and actor of the request, as a context for the given request id. */
    CallerContext resolve(HttpServletRequest request, String requestId);
}
