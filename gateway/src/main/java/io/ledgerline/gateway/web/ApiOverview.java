package io.ledgerline.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The gateway's own OpenAPI document, the first one the Swagger UI shows: no operations, only how to get a token and
 * which demo account does what (demo only; docs/security.md has the full matrix).
 */
final class ApiOverview {

    private static final String DESCRIPTION = """
            Every call needs a bearer token. Locally, each demo account is also a client-credentials client whose \
            secret is `secret`:

                curl -s -u acme-finance:secret -d grant_type=client_credentials http://127.0.0.1:9000/oauth2/token

            | account | role | may |
            |---|---|---|
            | `acme-admin`, `globex-admin` | admin | everything in the own tenant, webhooks included |
            | `acme-finance`, `globex-finance` | finance | clients, invoices, payments, credit notes, work in \
            progress; reads budgets and rates |
            | `acme-manager`, `globex-manager` | manager | creates projects; on the projects they manage: members, \
            rates, budget, status, approvals |
            | `acme-member`, `globex-member` | member | the projects they belong to, without money: tasks, own time |
            | `acme-integration`, `globex-integration` | scopes `events.read`, `api.read` | reads without money |
            | `ops-admin` | operator | `/api/v1/ops/**` of every service, for all tenants; no tenant's data |

            Fields marked `x-ledgerline-money` are left out of answers to callers without money rights.""";

    private ApiOverview() {
    }

    static OpenAPI document() {
        return new OpenAPI().info(new Info().title("Ledgerline").version("v1").description(DESCRIPTION));
    }
}
