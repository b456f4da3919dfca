package io.ledgerline.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewaySettings.class)
class WebConfiguration {

    /** The overview the Swagger UI opens with: how to get a token, and the demo accounts by role. */
    @Bean
    OpenAPI apiOverview() {
        return ApiOverview.document();
    }
}
