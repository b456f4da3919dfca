package io.ledgerline.webhook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Webhooks reveal every event of a tenant to an outside address, so the whole API, reads included, is for the
 * tenant's admins: the token must grant {@code ROLE_admin}. The platform has already authenticated the token.
 */
class AdminOnly implements HandlerInterceptor {

    static final String ADMIN = "ROLE_admin";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = caller != null && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(ADMIN::equals);
        if (!admin) {
            throw new AdminRequiredException();
        }
        return true;
    }
}
