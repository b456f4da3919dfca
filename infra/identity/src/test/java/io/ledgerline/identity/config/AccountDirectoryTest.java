package io.ledgerline.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {

    @Test
    void acceptsFinanceInATenantAndTheOperatorInThePlatform() {
        AccountDirectory directory = new AccountDirectory(settings(Map.of(
                "acme", tenant("acme-finance", "finance"),
                AccountDirectory.OPERATORS, tenant("ops-admin", "operator"))));

        assertThat(directory.find("acme-finance")).hasValueSatisfying(account ->
                assertThat(account.roles()).containsExactly("finance"));
        assertThat(directory.find("ops-admin")).hasValueSatisfying(account ->
                assertThat(account.tenant()).isEqualTo("platform"));
    }

    @Test
    void refusesAnOperatorInATenantSoNoTenantAccountReachesOperations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccountDirectory(settings(Map.of("acme", tenant("acme-ops", "operator")))))
                .withMessageContaining("acme-ops");
    }

    @Test
    void refusesATenantRoleInThePlatform() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountDirectory(settings(Map.of(
                AccountDirectory.OPERATORS, tenant("platform-admin", "admin")))));
    }

    private static IdentitySettings.Tenant tenant(String user, String role) {
        return new IdentitySettings.Tenant(Map.of(user, new IdentitySettings.User("{noop}secret", List.of(role))),
                Map.of());
    }

    private static IdentitySettings settings(Map<String, IdentitySettings.Tenant> tenants) {
        return new IdentitySettings(null, "ledgerline", null, null, Set.of("api"), tenants, null);
    }
}
