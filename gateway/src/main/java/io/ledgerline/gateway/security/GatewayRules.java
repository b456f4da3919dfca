package io.ledgerline.gateway.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who may pass the gateway, as one table: the filter chain is built from it and docs/security.md shows it
 * ({@link #markdown()}, checked by {@code GatewayRulesDocsTest}). Operations are the platform operator's alone: a
 * tenant's admin is refused here, before any service is asked.
 */
final class GatewayRules {

    /** Open without a token: probes, metrics and the API documentation. */
    static final String[] OPEN = {
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"};

    /** The operations API of every service, behind the gateway. */
    static final String[] OPERATIONS = {"/api/v1/ops", "/api/v1/ops/**"};

    /** The role {@link #OPERATIONS} need (the platform operator, {@code ops-admin}); no tenant account holds it. */
    static final String OPERATOR = "operator";

    private GatewayRules() {
    }

    /** The rules as the Markdown table of docs/security.md, in the order they are tried. */
    static String markdown() {
        return "| path | who passes |\n|---|---|\n"
                + "| " + paths(OPEN) + " | anyone, no token needed |\n"
                + "| " + paths(OPERATIONS) + " | a valid token with role `" + OPERATOR
                + "` (the platform operator), else 403: a tenant's admin is refused |\n"
                + "| anything else, `/api/v1/**` included | a valid token, else 401 |\n";
    }

    private static String paths(String[] patterns) {
        return Arrays.stream(patterns).map(pattern -> "`" + pattern + "`").collect(Collectors.joining(", "));
    }
}
