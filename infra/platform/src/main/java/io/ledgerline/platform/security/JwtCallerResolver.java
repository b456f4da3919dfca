package io.ledgerline.platform.security;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller named by the request's validated access token: its {@code tenant} claim and its subject. */
class JwtCallerResolver implements CallerResolver {

    static final String TENANT_CLAIM = "tenant";

    @Override
    public CallerContext resolve(HttpServletRequest request, String requestId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return new CallerContext(jwt.getClaimAsString(TENANT_CLAIM), jwt.getSubject(), requestId, null);
        }
        return new CallerContext("none", "anonymous", requestId, null);
    }
}
