package io.ledgerline.identity.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under {@code ledgerline.identity}.
 *
 * @param issuer         the {@code iss} of every token and the base of the discovery document
 * @param audience       the {@code aud} of every access token
 * @param accessTokenTtl how long an access token is valid
 * @param keyDirectory   where the RSA signing key is kept across restarts; none means a new key every start
 * @param userScopes     the scopes a user's token carries
 * @param tenants        the accounts of each tenant, by tenant id
 * @param webClient      the public client (authorization code with PKCE) browsers log in through
 */
@ConfigurationProperties("ledgerline.identity")
record IdentitySettings(
        @DefaultValue("http://127.0.0.1:9000") URI issuer,
        @DefaultValue("ledgerline") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        String keyDirectory,
        @DefaultValue("api") Set<String> userScopes,
        Map<String, Tenant> tenants,
        @DefaultValue WebClient webClient) {

    IdentitySettings {
        tenants = tenants == null ? Map.of() : tenants;
    }

    Path signingKeyDirectory() {
        return keyDirectory == null || keyDirectory.isBlank() ? null : Path.of(keyDirectory);
    }

    /**
     * One tenant's accounts.
     *
     * @param users        people, by user id, who log in and get tokens carrying their roles
     * @param integrations machine clients, by client id, with scopes and no roles
     */
    record Tenant(Map<String, User> users, Map<String, Integration> integrations) {

        Tenant {
            users = users == null ? Map.of() : users;
            integrations = integrations == null ? Map.of() : integrations;
        }
    }

    /**
     * A user: a password (also the secret of the user's own client-credentials client) and roles.
     *
     * @param secret encoded the Spring Security way, e.g. {@code {noop}...} or {@code {bcrypt}...}
     * @param roles  any of admin, finance, manager, member; in tenant {@code platform} only operator
     */
    record User(String secret, List<String> roles) {
    }

    /**
     * An integration's client.
     *
     * @param secret encoded the Spring Security way
     * @param scopes the scopes it may be granted
     */
    record Integration(String secret, Set<String> scopes) {
    }

    /**
     * The browser client.
     *
     * @param clientId     its client id
     * @param redirectUris where the authorization code may be sent
     */
    record WebClient(@DefaultValue("ledgerline-web") String clientId,
                     @DefaultValue("http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html") List<String> redirectUris) {
    }
}
