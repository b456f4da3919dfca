package io.ledgerline.identity.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every account the settings declare, by id. Ids are unique across tenants, so an id names its tenant. The platform
 * operator is no tenant's account: role {@code operator} is held only in {@value #OPERATORS}, which holds nothing else.
 */
final class AccountDirectory {

    static final String OPERATORS = "platform";
    private static final Set<String> TENANT_ROLES = Set.of("admin", "finance", "manager", "member");
    private static final Set<String> OPERATOR_ROLES = Set.of("operator");

    private final Map<String, Account> accounts = new LinkedHashMap<>();

    AccountDirectory(IdentitySettings settings) {
        settings.tenants().forEach((tenant, declared) -> {
            declared.users().forEach((id, user) -> add(new Account(id, tenant, user.secret(),
                    user.roles() == null ? List.of() : user.roles(), settings.userScopes())));
            declared.integrations().forEach((id, integration) -> add(new Account(id, tenant, integration.secret(),
                    List.of(), integration.scopes() == null ? Set.of() : integration.scopes())));
        });
    }

    Optional<Account> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    Stream<Account> all() {
        return accounts.values().stream();
    }

    private void add(Account account) {
        if (account.secret() == null || account.secret().isBlank()) {
            throw new IllegalArgumentException("Account " + account.id() + " has no secret");
        }
        Set<String> allowed = OPERATORS.equals(account.tenant()) ? OPERATOR_ROLES : TENANT_ROLES;
        if (!allowed.containsAll(account.roles())) {
            throw new IllegalArgumentException("Account " + account.id() + " of " + account.tenant()
                    + " has roles outside " + allowed);
        }
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw new IllegalArgumentException("Account id " + account.id() + " is declared twice");
        }
    }
}
