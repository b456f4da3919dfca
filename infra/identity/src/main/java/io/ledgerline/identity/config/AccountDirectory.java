package io.ledgerline.identity.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Every account the settings declare, by id. Ids are unique across tenants, so an id names its tenant. */
final class AccountDirectory {

    private static final Set<String> ROLES = Set.of("admin", "manager", "member");

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
        if (!ROLES.containsAll(account.roles())) {
            throw new IllegalArgumentException("Account " + account.id() + " has roles outside " + ROLES);
        }
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw new IllegalArgumentException("Account id " + account.id() + " is declared twice");
        }
    }
}
