package io.ledgerline.project.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The smallest requests {@link MalformedRequestsIT} found that answered 5xx, or refused after changing state. */
@LedgerlineIntegrationTest
class BadInputIT {

    private static final String BUDGET = "{\"hours\":10,\"amount\":1000,\"resetsMonthly\":true}";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    String budget;

    @BeforeEach
    void setUp() {
        Api api = new Api(http, json);
        budget = "/api/v1/projects/" + api.createProject(api.registerClient()) + "/budget";
    }

    @Test
    void refusesABudgetTooLargeToStoreWith400() {
        assertRefused(context, new MalformedRequest("budget", Mutation.HUGE_NUMBER, "hours", "PUT", budget,
                "application/json", null, "{\"hours\":1E+308,\"amount\":1,\"resetsMonthly\":true}"), 400);
    }

    @Test
    void refusesAChangeWhoseAnswerTheCallerCannotAcceptBeforeMakingIt() {
        assertRefused(context, new MalformedRequest("budget", Mutation.UNACCEPTABLE_ACCEPT, "Accept", "PUT", budget,
                "application/json", "text/csv", BUDGET), 406);
    }

    @Test
    void answersAnUnparseableAcceptHeaderWithAProblemDocument() {
        assertRefused(context, new MalformedRequest("budget", Mutation.UNACCEPTABLE_ACCEPT, "Accept", "PUT", budget,
                "application/json", "not/a;type=", BUDGET), 406);
    }

    @Test
    void answersAPathTheFirewallRejectsWithAProblemDocument() {
        assertThat(assertRefused(context, new MalformedRequest("rates", Mutation.BAD_PATH_PARAMETER, "projectId",
                "GET", "/api/v1/projects/a%3Bb/rates", null, null, null), 400).body())
                .contains("\"status\":400").doesNotContain("Exception");
    }
}
