package io.ledgerline.identity.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds Ledgerline's claims to every access token: {@code sub} (the account id), {@code tenant}, {@code roles}
 * (empty for integrations) and {@code aud}. A client-credentials request that names no scope gets all of the
 * client's scopes, so a one-line {@code curl} yields a usable token. ID tokens carry the tenant and roles too.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountDirectory accounts;
    private final String audience;

    TokenClaims(AccountDirectory accounts, String audience) {
        this.accounts = accounts;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        String accountId = machine ? context.getRegisteredClient().getClientId() : context.getPrincipal().getName();
        Account account = accounts.find(accountId)
                .orElseThrow(() -> new IllegalStateException("No account " + accountId));
        context.getClaims()
                .subject(account.id())
                .claim("tenant", account.tenant())
                .claim("roles", account.roles());
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(audience));
            if (machine && context.getAuthorizedScopes().isEmpty()) {
                context.getClaims().claim("scope", apiScopes(context.getRegisteredClient().getScopes()));
            }
        }
    }

    private static Set<String> apiScopes(Set<String> scopes) {
        return scopes.stream()
                .filter(scope -> !OidcScopes.OPENID.equals(scope) && !OidcScopes.PROFILE.equals(scope))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
