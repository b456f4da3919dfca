package io.ledgerline.testsupport.roles;

import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.TestIdentity;
import java.util.List;
import java.util.Set;

/**
 * A kind of caller of the role walk, in the default test tenant: its token's roles and scopes, and the grants of a
 * service policy it holds (names of the platform's {@code Grant}s) for the project a fixture sets up. A fixture makes
 * {@link #PROJECT_MANAGER} a MANAGER and {@link #MEMBER} a MEMBER of its project, and {@link #OTHER_MANAGER} and
 * {@link #OTHER_MEMBER} the same of another project.
 */
public enum Persona {

    ADMIN("walk-admin", List.of("admin"), List.of("api"), Set.of("ADMIN")),
    FINANCE("walk-finance", List.of("finance"), List.of("api"), Set.of("FINANCE")),
    PROJECT_MANAGER("walk-manager", List.of("manager"), List.of("api"),
            Set.of("MANAGER", "PROJECT_MANAGER", "PROJECT_MEMBER")),
    OTHER_MANAGER("walk-other-manager", List.of("manager"), List.of("api"), Set.of("MANAGER")),
    MEMBER("walk-member", List.of("member"), List.of("api"), Set.of("MEMBER", "PROJECT_MEMBER")),
    OTHER_MEMBER("walk-other-member", List.of("member"), List.of("api"), Set.of("MEMBER")),
    INTEGRATION("walk-integration", List.of(), List.of("events.read", "api.read"), Set.of("API_READ"));

    private final String subject;
    private final List<String> roles;
    private final List<String> scopes;
    private final Set<String> grants;

    Persona(String subject, List<String> roles, List<String> scopes, Set<String> grants) {
        this.subject = subject;
        this.roles = roles;
        this.scopes = scopes;
        this.grants = grants;
    }

    /** The token's {@code sub}: the user id a fixture adds to projects. */
    public String subject() {
        return subject;
    }

    /** The policy grants this persona holds for the fixture's project. */
    public Set<String> grants() {
        return grants;
    }

    /** A fresh access token of this persona in the default test tenant. */
    public String token() {
        return TestIdentity.instance().token(claims -> claims
                .claim("tenant", LedgerlineTestInfrastructure.DEFAULT_TENANT).subject(subject)
                .claim("roles", roles).claim("scope", String.join(" ", scopes)));
    }
}
