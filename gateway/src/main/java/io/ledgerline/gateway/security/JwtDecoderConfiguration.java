package io.ledgerline.gateway.security;

import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Validates tokens of any OpenID Connect issuer, configured the Spring Boot way under
 * {@code spring.security.oauth2.resourceserver.jwt}: with a {@code jwk-set-uri} the keys come from there,
 * otherwise from the issuer's discovery document, fetched on first use so that the gateway starts before the
 * identity provider. Either way the keys are cached and refetched at most twice in 30 s ({@link IssuerKeys}), and
 * the token must be signed with an allowed algorithm (RS256 by default), come
 * from {@code issuer-uri}, be unexpired and name one of the {@code audiences}.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    /**
     * The decoder, which remembers up to {@code ledgerline.gateway.verified-tokens} tokens whose signature it
     * verified (see {@link VerifiedTokens}; 0 verifies every request).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties,
                                  @Value("${ledgerline.gateway.verified-tokens:10000}") int verifiedTokens) {
        OAuth2TokenValidator<Jwt> validator = validator(properties.getJwt().getIssuerUri(),
                properties.getJwt().getAudiences());
        ReactiveJwtDecoder verifier = verifier(properties.getJwt(), validator);
        return verifiedTokens > 0 ? new VerifiedTokens(verifier, validator, verifiedTokens) : verifier;
    }

    private static ReactiveJwtDecoder verifier(OAuth2ResourceServerProperties.Jwt jwt,
                                               OAuth2TokenValidator<Jwt> validator) {
        if (StringUtils.hasText(jwt.getJwkSetUri())) {
            return keyed(IssuerKeys.at(jwt.getJwkSetUri()), jwt, validator);
        }
        if (!StringUtils.hasText(jwt.getIssuerUri())) {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri");
        }
        return new SupplierReactiveJwtDecoder(() ->
                keyed(IssuerKeys.at(IssuerKeys.discoverJwkSetUri(jwt.getIssuerUri())), jwt, validator));
    }

    private static ReactiveJwtDecoder keyed(IssuerKeys keys, OAuth2ResourceServerProperties.Jwt jwt,
                                            OAuth2TokenValidator<Jwt> validator) {
        NimbusReactiveJwtDecoder.JwkSourceReactiveJwtDecoderBuilder builder =
                NimbusReactiveJwtDecoder.withJwkSource(keys::candidates);
        jwt.getJwsAlgorithms().forEach(name -> builder.jwsAlgorithm(SignatureAlgorithm.from(name)));
        NimbusReactiveJwtDecoder decoder = builder.build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        OAuth2TokenValidator<Jwt> standard = StringUtils.hasText(issuer)
                ? JwtValidators.createDefaultWithIssuer(issuer)
                : JwtValidators.createDefault();
        if (audiences.isEmpty()) {
            return standard;
        }
        return new DelegatingOAuth2TokenValidator<>(standard, new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, audience -> audience != null && !Collections.disjoint(audience, audiences)));
    }
}
