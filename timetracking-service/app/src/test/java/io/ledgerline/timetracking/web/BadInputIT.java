package io.ledgerline.timetracking.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The smallest requests {@link MalformedRequestsIT} found that answered 5xx. */
@LedgerlineIntegrationTest
class BadInputIT {

    @Autowired
    ApplicationContext context;

    @Test
    void refusesADateBeyondWhatPostgresqlHoldsWith422() {
        assertRefused(context, new MalformedRequest("list", Mutation.INVALID_DATE, "to", "GET",
                "/api/v1/time-entries?to=-999999999-01-01", null, null, null), 422);
    }
}
