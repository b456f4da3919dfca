package io.ledgerline.platform.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller resolver in force until a service is an OAuth2 resource server: every request acts for the one
 * configured tenant ({@code ledgerline.tenancy.default-tenant}) as an anonymous actor.
 */
class FixedTenantCallerResolver implements CallerResolver {

    static final String ANONYMOUS = "anonymous";

    private final String tenant;

    FixedTenantCallerResolver(String tenant) {
        this.tenant = tenant;
    }

    @Override
    public CallerContext resolve(HttpServletRequest request, String requestId) {
        return new CallerContext(tenant, ANONYMOUS, requestId, null);
    }
}
