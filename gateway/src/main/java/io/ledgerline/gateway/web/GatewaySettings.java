package io.ledgerline.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Typed gateway settings under {@code ledgerline.gateway}.
 *
 * @param maxRequestBody largest request body accepted, declared or streamed
 */
@ConfigurationProperties("ledgerline.gateway")
record GatewaySettings(@DefaultValue("1MB") DataSize maxRequestBody) {
}
