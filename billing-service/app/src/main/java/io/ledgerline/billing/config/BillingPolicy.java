package io.ledgerline.billing.config;

import static io.ledgerline.platform.security.Grant.ADMIN;
import static io.ledgerline.platform.security.Grant.API_READ;
import static io.ledgerline.platform.security.Grant.FINANCE;
import static io.ledgerline.platform.security.Grant.FINANCE_READ;
import static io.ledgerline.platform.security.Grant.MANAGER;
import static io.ledgerline.platform.security.Grant.PROJECT_MANAGER;
import static org.springframework.http.HttpMethod.GET;

import io.ledgerline.platform.security.ApiPolicy;

/**
 * Who may do what in billing-service, where nearly everything is money. Finance (and admins) draft, refresh, issue
 * and void invoices, record payments and issue credit notes; integrations read them with scope {@code finance.read}.
 * A MANAGER of a project reads its budget burn and its unbilled work, with money; the work-in-progress list shows a
 * manager only the projects they manage. Members have no business here. {@code api.read} alone reads a budget's
 * hours, its money omitted. The seller profile (the firm's own legal and bank details) is kept by finance and admins. docs/security.md shows this table (RoleWalkIT).
 */
final class BillingPolicy {

    static final ApiPolicy POLICY = ApiPolicy.of("billing-service")
            .allow(GET, "/api/v1/budgets/{projectId}", ADMIN, FINANCE, FINANCE_READ, PROJECT_MANAGER, API_READ)
            .allow(GET, "/api/v1/unbilled", ADMIN, FINANCE, FINANCE_READ, MANAGER)
            .allow(GET, "/api/v1/invoices/**", ADMIN, FINANCE, FINANCE_READ)
            .allow(GET, "/api/v1/credit-notes/**", ADMIN, FINANCE, FINANCE_READ)
            .allow(null, "/api/v1/invoices/**", ADMIN, FINANCE)
            .allow(null, "/api/v1/credit-notes/**", ADMIN, FINANCE)
            .allow(null, "/api/v1/seller-profile", ADMIN, FINANCE)
            .allow(null, "/api/v1/seller-profile/**", ADMIN, FINANCE)
            .build();

    private BillingPolicy() {
    }
}
