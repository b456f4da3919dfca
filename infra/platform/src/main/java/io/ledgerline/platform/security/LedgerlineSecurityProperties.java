package io.ledgerline.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks access tokens ({@code ledgerline.security.*}).
 *
 * @param enabled   whether requests need a token; off only for local experiments, every caller is then the default
 *                  tenant
 * @param issuerUri the issuer every token must name ({@code iss})
 * @param jwkSetUri where the issuer's signing keys are published
 * @param audience  the audience every token must name ({@code aud})
 * @param verifiedTokens how many tokens whose signature was verified are remembered, so that a caller's next
 *                  requests skip the RSA check (their claims are still validated on every request); 0 verifies
 *                  every request
 */
@ConfigurationProperties("ledgerline.security")
public record LedgerlineSecurityProperties(boolean enabled, String issuerUri, String jwkSetUri, String audience,
                                           @DefaultValue("10000") int verifiedTokens) {
}
