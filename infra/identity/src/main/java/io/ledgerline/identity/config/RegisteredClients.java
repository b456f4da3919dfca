package io.ledgerline.identity.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients the server knows: one confidential client-credentials client per account (OAuth 2.1 has no
 * password grant, so this is how a demo user gets a token in one request), and one public browser client that
 * logs users in with the authorization code flow and PKCE. Unlike Spring's in-memory repository this one lets
 * demo accounts share a secret.
 */
final class RegisteredClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byClientId;

    private RegisteredClients(List<RegisteredClient> clients) {
        this.byClientId = new ConcurrentHashMap<>(clients.stream().collect(Collectors.toMap(
                RegisteredClient::getClientId, Function.identity())));
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        byClientId.put(registeredClient.getClientId(), registeredClient); // e.g. a secret re-encoded on first use
    }

    @Override
    public RegisteredClient findById(String id) {
        return byClientId.values().stream().filter(client -> client.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }

    static RegisteredClients of(AccountDirectory accounts, IdentitySettings settings) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(settings.accessTokenTtl())
                .build();
        List<RegisteredClient> clients = new ArrayList<>();
        accounts.all().forEach(account -> clients.add(RegisteredClient.withId(account.id())
                .clientId(account.id())
                .clientSecret(account.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(account.scopes()))
                .tokenSettings(tokens)
                .build()));
        String webClientId = settings.webClient().clientId();
        clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(webClientId.getBytes()).toString())
                .clientId(webClientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(settings.webClient().redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scopes(scopes -> scopes.addAll(settings.userScopes()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build());
        return new RegisteredClients(clients);
    }
}
