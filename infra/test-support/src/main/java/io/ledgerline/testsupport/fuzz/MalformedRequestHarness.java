package io.ledgerline.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Sends {@link MalformedRequests} to a service running in a Spring test context and checks, for each: the status is
 * below 500; an error is an {@code application/problem+json} document; and a refused (4xx) request changed nothing
 * the {@link StateProbe} sees. Requests carry a valid token of the default test tenant with every role, so they
 * reach the controllers. Records which operations were exercised and which requests were refused.
 *
 * <p>The harness takes the application context from Spring's test context framework for the test class: a class
 * annotated like the module's other integration tests shares their cached context.
 */
public final class MalformedRequestHarness {

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final ApplicationContext context;
    private final URI base;
    private final List<ApiOperation> operations;
    private final Map<String, String> excluded;
    private final MalformedRequests requests;
    private final StateProbe state;
    private final OutboxProbe outbox;
    private final EventStoreProbe events;
    private final String noOutboxReason;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private String token;
    private long tokenIssuedAt;

    private MalformedRequestHarness(Builder builder) {
        this.context = builder.context;
        this.base = builder.base;
        List<ApiOperation> all = OpenApiDocument.fetch(base.resolve("/v3/api-docs")).operations();
        this.excluded = Map.copyOf(builder.excluded);
        excluded.keySet().forEach(prefix -> assertThat(all).as("an operation under excluded " + prefix)
                .anyMatch(operation -> operation.path().startsWith(prefix)));
        this.operations = all.stream()
                .filter(operation -> excluded.keySet().stream().noneMatch(operation.path()::startsWith)).toList();
        this.requests = new MalformedRequests(operations, builder.known);
        DataSource dataSource = context.getBean(DataSource.class);
        this.events = new EventStoreProbe(dataSource);
        this.state = builder.state == null ? events : builder.state;
        this.noOutboxReason = builder.noOutboxReason;
        this.outbox = builder.topic == null ? null
                : new OutboxProbe(TestKafka.instance().bootstrapServers(), builder.topic, dataSource);
    }

    /** Starts a harness for the service of the Spring test context that {@code testClass}'s annotations name. */
    public static Builder forTestClass(Class<?> testClass) {
        return new Builder(new TestContextManager(testClass).getTestContext().getApplicationContext());
    }

    /** The service's application context. */
    public ApplicationContext context() {
        return context;
    }

    /** Every operation of the service's OpenAPI document that is not excluded. */
    public List<ApiOperation> operations() {
        return operations;
    }

    /** A broken request for any operation, drawn with {@code random}. */
    public MalformedRequest draw(Random random) {
        return requests.draw(random);
    }

    /** Sends the request and checks the property; records the operation as exercised. */
    public void check(MalformedRequest request) {
        assertThat(violations(request)).as("what %s broke", request).isEmpty();
    }

    /** Sends the request and answers what of the property it broke: empty when nothing. */
    public List<String> violations(MalformedRequest request) {
        String requestId = "fuzz-" + sequence.incrementAndGet();
        Object mark = state.mark();
        HttpResponse<String> response = send(request, requestId);
        exercised.add(request.operation());
        int status = response.statusCode();
        String answer = "answered " + status + " " + response.headers().firstValue("Content-Type").orElse("")
                + " " + abbreviate(response.body());
        List<String> violations = new ArrayList<>();
        if (status >= 500) {
            violations.add("a server error: " + answer);
        }
        if (status >= 400) {
            refused.add(requestId);
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                violations.add("an error that is not a problem document: " + answer);
            }
            if (status < 500) {
                state.changesSince(mark, requestId).forEach(change -> violations.add(
                        "refused (" + answer + ") yet changed state: " + change));
            }
        }
        return violations;
    }

    /**
     * Checks every request of the deterministic sweep (every operation with every mutation that applies to it),
     * then that the exercised operations are exactly the document's, exclusions aside.
     */
    public void sweep() {
        List<MalformedRequest> sweep = requests.sweep();
        Map<String, Set<Mutation>> covered = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (MalformedRequest request : sweep) {
            violations(request).forEach(violation -> failures.add(request + "\n    -> " + violation));
            covered.computeIfAbsent(request.operation(), key -> new TreeSet<>()).add(request.mutation());
        }
        assertThat(failures).as("requests of the sweep that broke the property").isEmpty();
        assertThat(new TreeSet<>(exercised)).as("operations exercised")
                .isEqualTo(new TreeSet<>(operations.stream().map(ApiOperation::key).toList()));
        requests.applicableMutations().forEach((operation, mutations) -> assertThat(covered.get(operation))
                .as("mutations swept over %s", operation).containsExactlyInAnyOrderElementsOf(mutations));
    }

    /** Operations exercised so far, by {@link ApiOperation#key()}. */
    public Set<String> exercised() {
        return Set.copyOf(exercised);
    }

    /** Waits until the outbox has published every stored event, then checks that none was for a refused request. */
    public void assertRefusedRequestsPublishedNothing() {
        if (noOutboxReason != null) {
            return;
        }
        assertThat(outbox).as("an outbox topic given to the builder").isNotNull();
        assertThat(refused).as("refused requests").isNotEmpty();
        assertThat(outbox.publishedFor(Set.copyOf(refused), events.maxGlobalIndex()))
                .as("records published for refused requests").isEmpty();
    }

    /** Sends a plausible request (to seed ids) and returns the JSON it answered; fails unless it is 2xx. */
    public static JsonNode call(ApplicationContext context, String method, String path, String json) {
        URI base = baseUri(context);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + LedgerlineTestInfrastructure.defaultToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = exchange(HttpClient.newHttpClient(), request.build());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isBetween(200, 299);
        try {
            return response.body().isEmpty() ? null : JsonEdits.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends one request as the harness does (default tenant, every role, {@code requestId} as X-Request-Id), for
     * regression tests of what fuzzing found.
     */
    public static HttpResponse<String> send(ApplicationContext context, MalformedRequest request, String requestId) {
        return send(HttpClient.newHttpClient(), baseUri(context), LedgerlineTestInfrastructure.defaultToken(),
                request, requestId);
    }

    /**
     * Sends one request and asserts it was refused with {@code status} as a problem document and stored no event:
     * the regression test of a case fuzzing found.
     */
    public static HttpResponse<String> assertRefused(ApplicationContext context, MalformedRequest request,
                                                     int status) {
        String requestId = "regression-" + java.util.UUID.randomUUID();
        HttpResponse<String> response = send(context, request, requestId);
        assertThat(response.statusCode()).as("status of %s: %s", request, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", request)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new EventStoreProbe(context.getBean(DataSource.class)).changesSince(0L, requestId))
                .as("events stored for %s", request).isEmpty();
        return response;
    }

    private HttpResponse<String> send(MalformedRequest request, String requestId) {
        return send(http, base, token(), request, requestId);
    }

    private static HttpResponse<String> send(HttpClient client, URI base, String token, MalformedRequest request,
                                             String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", requestId)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        return exchange(client, builder.build());
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String token() {
        if (token == null || System.currentTimeMillis() - tokenIssuedAt > TOKEN_LIFETIME.toMillis()) {
            token = LedgerlineTestInfrastructure.defaultToken();
            tokenIssuedAt = System.currentTimeMillis();
        }
        return token;
    }

    private static URI baseUri(ApplicationContext context) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    /** What to fuzz and how to see state: exclusions, seeded values, the state probe and the outbox topic. */
    public static final class Builder {

        private final ApplicationContext context;
        private final URI base;
        private final Map<String, String> excluded = new LinkedHashMap<>();
        private final Map<String, String> known = new LinkedHashMap<>();
        private StateProbe state;
        private String topic;
        private String noOutboxReason;

        private Builder(ApplicationContext context) {
            this.context = context;
            this.base = baseUri(context);
        }

        /** The service's application context. */
        public ApplicationContext context() {
            return context;
        }

        /** Leaves out the operations whose path starts with {@code pathPrefix}; say why. */
        public Builder excluding(String pathPrefix, String reason) {
            assertThat(reason).as("the reason for excluding " + pathPrefix).isNotBlank();
            excluded.put(pathPrefix, reason);
            return this;
        }

        /** The value of every field and parameter with this name in the plausible requests (a seeded id). */
        public Builder knownValue(String name, String value) {
            known.put(name, value);
            return this;
        }

        /** Seeds data through the API and names values: {@code seed} returns name → value. */
        public Builder seeded(Function<ApplicationContext, Map<String, String>> seed) {
            known.putAll(seed.apply(context));
            return this;
        }

        /** How to see the service's state; the event store when not given. */
        public Builder state(StateProbe probe) {
            this.state = probe;
            return this;
        }

        /** The topic the service's outbox publishes to, for {@link #assertRefusedRequestsPublishedNothing()}. */
        public Builder outboxTopic(String outboxTopic) {
            this.topic = outboxTopic;
            return this;
        }

        /** The service publishes to no topic; its state probe must see what it sends out instead. */
        public Builder withoutOutbox(String reason) {
            assertThat(reason).as("why the service has no outbox").isNotBlank();
            this.noOutboxReason = reason;
            return this;
        }

        public MalformedRequestHarness build() {
            return new MalformedRequestHarness(this);
        }
    }
}
