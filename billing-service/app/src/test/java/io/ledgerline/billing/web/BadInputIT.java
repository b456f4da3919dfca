package io.ledgerline.billing.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The smallest requests {@link MalformedRequestsIT} found that answered 5xx. */
@LedgerlineIntegrationTest
class BadInputIT {

    @Autowired
    ApplicationContext context;

    @Test
    void refusesANullManualLineWith400() {
        assertRefused(context, new MalformedRequest("draft", Mutation.NESTED_NULL, "manualLines", "POST",
                "/api/v1/invoices", "application/json", null, """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30","grouping":"PROJECT",
                 "manualLines":[null]}""".formatted(UUID.randomUUID())), 400);
    }

    @Test
    void refusesARepeatedKeyWith400() {
        assertRefused(context, new MalformedRequest("void", Mutation.BROKEN_JSON, "repeated key", "POST",
                "/api/v1/invoices/" + UUID.randomUUID() + "/void", "application/json", null,
                "{\"reason\":\"dup\",\"reason\":\"Wrong client\"}"), 400);
    }
}
