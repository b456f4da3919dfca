package io.ledgerline.testsupport.fuzz;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The malformed-request properties of one service, for a subclass annotated like the module's other integration
 * tests (so it shares their Spring context) that says in {@link #configure} what to seed and what to leave out.
 * The operations API ({@value #OPS_API}) is left out for every service.
 *
 * <p>Run alone: {@code ./mvnw -pl <module> verify -Dit.test=MalformedRequestsIT -Dtest=skip
 * -Dsurefire.failIfNoSpecifiedTests=false}. A failure prints the shrunk request and the seed to replay it with
 * {@code @Property(seed = ...)}.
 */
public abstract class MalformedRequestProperties {

    /** Where the platform's operations API lives. */
    public static final String OPS_API = "/api/v1/ops/";
    /**
     * Why the operations API is left out: it belongs to infra/platform and is tested there (OpsApiIT), it is
     * admin-only plumbing over Kafka and the token store rather than the service's API, and a dead-letter lookup
     * reads a topic for up to 10 s, which alone would take the fuzzing budget.
     */
    public static final String OPS_API_REASON = "platform plumbing, tested in infra/platform; slow Kafka reads";

    private static final Map<Class<?>, MalformedRequestHarness> HARNESSES = new ConcurrentHashMap<>();

    /** What to seed, exclude and observe for this service. */
    protected abstract MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder);

    /** The harness of this test class, built on first use. */
    protected final MalformedRequestHarness harness() {
        return HARNESSES.computeIfAbsent(getClass(), type -> configure(MalformedRequestHarness.forTestClass(type)
                .excluding(OPS_API, OPS_API_REASON)).build());
    }

    @Property(tries = 200)
    void noMalformedRequestFailsTheServiceOrChangesItsState(@ForAll("malformedRequests") MalformedRequest request) {
        harness().check(request);
    }

    @Example
    void everyOperationMeetsEveryMutationAndRefusalsPublishNothing() {
        harness().sweep();
        harness().assertRefusedRequestsPublishedNothing();
    }

    @Provide
    Arbitrary<MalformedRequest> malformedRequests() {
        return harness().requests();
    }

    @AfterContainer
    static void forgetHarnesses() {
        HARNESSES.clear();
    }
}
