package io.ledgerline.platform.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may call an operation of an {@link ApiPolicy}. Most grants are read from the token alone (a role of the
 * {@code roles} claim, a scope of {@code scope}); {@link #PROJECT_MANAGER} and {@link #PROJECT_MEMBER} also need the
 * caller's membership in the project the request is about, which a service's {@link ProjectScope} tells.
 */
public enum Grant {

    /** The platform operator ({@code operator} role): operations endpoints, never a tenant's data. */
    OPERATOR("operator", Set.of("ROLE_operator"), false),
    /** A tenant's admin: everything in the own tenant. */
    ADMIN("admin", Set.of("ROLE_admin"), false),
    /** A tenant's finance staff: clients, invoices, payments; reads money everywhere. */
    FINANCE("finance", Set.of("ROLE_finance"), false),
    /** Any manager, whatever project the request is about (creating projects, listing their own). */
    MANAGER("manager", Set.of("ROLE_manager"), false),
    /** Any member, whatever project the request is about (listing the projects they belong to). */
    MEMBER("member", Set.of("ROLE_member"), false),
    /** A manager who is a MANAGER member of the project the request is about. */
    PROJECT_MANAGER("manager of the project", Set.of("ROLE_manager"), true),
    /** A manager or member who belongs (in any project role) to the project the request is about. */
    PROJECT_MEMBER("member of the project", Set.of("ROLE_manager", "ROLE_member"), true),
    /** An integration client with scope {@code api.read}: reads, without money. */
    API_READ("api.read", Set.of("SCOPE_api.read"), false),
    /** An integration client with scope {@code finance.read}: reads money too (rates, budgets, amounts). */
    FINANCE_READ("finance.read", Set.of("SCOPE_finance.read"), false);

    private final String label;
    private final Set<String> authorities;
    private final boolean scoped;

    Grant(String label, Set<String> authorities, boolean scoped) {
        this.label = label;
        this.authorities = authorities;
        this.scoped = scoped;
    }

    /** How the permission matrix names it. */
    public String label() {
        return label;
    }

    /** The token authorities ({@code ROLE_x}, {@code SCOPE_x}) that make a caller eligible. */
    public Set<String> authorities() {
        return authorities;
    }

    /** Whether the caller's membership in the request's project decides it, beyond the token. */
    public boolean scoped() {
        return scoped;
    }

    /**
     * Whether the current caller's token carries an authority of this grant; for a scoped grant that is only
     * the precondition, {@link ScopedAccess} decides the rest.
     */
    public boolean heldByCaller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return false;
        }
        for (GrantedAuthority authority : caller.getAuthorities()) {
            if (authorities.contains(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
