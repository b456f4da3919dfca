package io.ledgerline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides the project-scoped grants of the rule that matched, after Spring Security let the caller's role through
 * and before the handler reads the body: a member of another project is refused before validation or the domain
 * could answer.
 */
class PolicyInterceptor implements HandlerInterceptor {

    private final ApiPolicy policy;
    private final ScopedAccess access;

    PolicyInterceptor(ApiPolicy policy, ScopedAccess access) {
        this.policy = policy;
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI();
        policy.ruleFor(request.getMethod(), path)
                .filter(rule -> !rule.checkedByHandler() && rule.grants().stream().anyMatch(Grant::scoped))
                .ifPresent(rule -> access.decide(rule.grants(), rule.variables(path)));
        return true;
    }
}
