package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void theBannerNamesTheFinanceAndOperatorAccountsAndLetsFinanceRegisterTheClient() {
        String text = Cli.tryFirst("http://127.0.0.1:8080");

        assertThat(text).contains("http://127.0.0.1:8080/swagger-ui.html", "acme-finance", "acme-member",
                "ops-admin is the platform operator", "secret 'secret'");
        assertThat(text).contains("curl -s -X POST http://127.0.0.1:8080/api/v1/clients -H 'Content-Type: "
                + "application/json' -H \"Authorization: Bearer $FINANCE\"");
        assertThat(text).contains("curl -s -u acme-finance:secret -d grant_type=client_credentials "
                + Service.issuer() + "/oauth2/token");
    }
}
