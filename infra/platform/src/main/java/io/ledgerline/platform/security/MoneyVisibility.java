package io.ledgerline.platform.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Whether the caller of the current request may see money: roles admin and finance and the scope finance.read
 * may; a controller grants it for one request after it checked the caller manages the project
 * ({@link ScopedAccess} does so itself). Outside a request (event handlers, read models) money is always written.
 */
public final class MoneyVisibility {

    private static final String GRANTED = MoneyVisibility.class.getName() + ".granted";
    private static final String HIDING = MoneyVisibility.class.getName() + ".hiding";

    private MoneyVisibility() {
    }

    /** Whether the current caller may see money in this request. */
    public static boolean visible() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || Boolean.TRUE.equals(request.getAttribute(GRANTED, RequestAttributes.SCOPE_REQUEST))) {
            return true;
        }
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
            return true; // security turned off: there are no roles to judge by
        }
        return Grant.ADMIN.heldByCaller() || Grant.FINANCE.heldByCaller() || Grant.FINANCE_READ.heldByCaller();
    }

    /** Lets the current caller see money for the rest of this request (the controller checked they may). */
    public static void grantForThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(GRANTED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Marks the response body about to be written as one that leaves money out. */
    static void hideInResponse() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(HIDING, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Whether money is being left out of what is serialized now. */
    static boolean hiding() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && Boolean.TRUE.equals(request.getAttribute(HIDING, RequestAttributes.SCOPE_REQUEST));
    }
}
