package io.ledgerline.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The malformed-request checks of one service, for a subclass annotated like the module's other integration tests
 * (so it shares their Spring context) that says in {@link #configure} what to seed and what to leave out. The
 * operations API ({@value #OPS_API}) is left out for every service.
 *
 * <p>Two tests: a deterministic sweep of every operation with every mutation that applies to it, and {@value #DRAWS}
 * requests drawn at random ({@code -Dfuzz.draws=<n>} draws more for a longer hunt). The draws' seed is new each run and
 * printed with any failure; {@code -Dfuzz.seed=<seed>} replays exactly those requests. Run alone:
 * {@code ./mvnw -pl <module> verify -Dit.test=MalformedRequestsIT -Dtest=skip -Dsurefire.failIfNoSpecifiedTests=false}.
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
    /** How many random requests each run draws. */
    public static final int DRAWS = 1000;

    private static final Map<Class<?>, MalformedRequestHarness> HARNESSES = new ConcurrentHashMap<>();

    /** What to seed, exclude and observe for this service. */
    protected abstract MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder);

    /** The harness of this test class, built on first use. */
    protected final MalformedRequestHarness harness() {
        return HARNESSES.computeIfAbsent(getClass(), type -> configure(MalformedRequestHarness.forTestClass(type)
                .excluding(OPS_API, OPS_API_REASON)).build());
    }

    @Test
    void noRandomlyDrawnMalformedRequestFailsTheServiceOrChangesItsState() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int draws = Integer.getInteger("fuzz.draws", DRAWS);
        for (int draw = 0; draw < draws; draw++) {
            MalformedRequest request = harness().draw(random);
            harness().violations(request).forEach(violation -> failures.add(request + ": " + violation));
        }
        assertThat(failures).as("malformed requests that broke the property; replay with -Dfuzz.seed=%d", seed)
                .isEmpty();
    }

    @Test
    void everyOperationMeetsEveryMutationAndRefusalsPublishNothing() {
        harness().sweep();
        harness().assertRefusedRequestsPublishedNothing();
    }

    @AfterAll
    static void forgetHarnesses() {
        HARNESSES.clear();
    }
}
