package io.ledgerline.identity.config;

import java.util.List;
import java.util.Set;

/**
 * Who a token speaks for: a user of a tenant (with roles) or an integration of a tenant (with scopes only).
 * The id is the token's {@code sub} and the client id of the account's client-credentials client.
 */
record Account(String id, String tenant, String secret, List<String> roles, Set<String> scopes) {

    Account {
        roles = List.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }
}
