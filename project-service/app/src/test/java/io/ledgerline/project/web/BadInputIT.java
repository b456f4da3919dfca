package io.ledgerline.project.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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
    Api api;
    String project;
    String budget;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        project = "/api/v1/projects/" + api.createProject(api.registerClient());
        budget = project + "/budget";
    }

    @Test
    void refusesAMemberWhoseUserIdCannotNameAPathSegmentBeforeAddingThem() {
        List<String> userIds = List.of("line\\r\\nbreak", "two words", "a/b", "<script>alert(1)</script>",
                "\\u202Eevil");
        for (String userId : userIds) {
            assertRefused(context, new MalformedRequest("addMember", Mutation.ODD_CHARACTERS, "userId", "POST",
                    project + "/members", "application/json", null,
                    "{\"userId\":\"" + userId + "\",\"role\":\"MANAGER\",\"hourlyRate\":1}"), 400);
        }
    }

    @Test
    void encodesTheLocationOfAMemberWhoseUserIdIsNotAscii() {
        ResponseEntity<String> added = api.post(project + "/members",
                "{\"userId\":\"zoë@example.com\",\"role\":\"MEMBER\"}");

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getHeaders().getLocation().getRawPath())
                .isEqualTo(project + "/members/zo%C3%AB%40example.com");
    }

    @Test
    void refusesAClientWhoseBodyIsOverOneMegabyteWith413AndStoresNothing() {
        String name = "x".repeat(1024 * 1024);
        HttpResponse<String> refused = assertRefused(context, new MalformedRequest("registerClient",
                Mutation.LONG_STRING, "name", "POST", "/api/v1/clients", "application/json", null, """
                {"name":"%s","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}"""
                .formatted(name)), 413);

        assertThat(refused.body()).contains("\"status\":413").doesNotContain(name.substring(0, 100));
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
