package io.ledgerline.testsupport.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.fuzz.ApiOperation;
import io.ledgerline.testsupport.fuzz.EventStoreProbe;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.MalformedRequests;
import io.ledgerline.testsupport.fuzz.OpenApiDocument;
import io.ledgerline.testsupport.fuzz.StateProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * The generated role walk: sends the plausible request of every operation of a service's OpenAPI document (the
 * fuzzing harness's, with the ids a fixture created) as every {@link Persona}, and checks each answer against an
 * {@link Expectation} built from the service's policy: an allowed persona is not refused (neither 401 nor 403); a
 * refused one gets 403 or 404 as a problem document, and changed nothing: no event in the store for its request
 * (or, for a service of plain tables, nothing its {@link StateProbe} sees).
 *
 * <p>Reads come first and deletions last, and for each operation the refused personas go before the allowed ones,
 * so a refusal is judged on the fixture's data, not on what an allowed call changed.
 */
public final class RoleWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final List<ApiOperation> operations;
    private final MalformedRequests requests;
    private final StateProbe state;
    private final AtomicLong sequence = new AtomicLong();

    private RoleWalk(Builder builder) {
        this.base = baseUri(builder.context);
        List<ApiOperation> all = OpenApiDocument.fetch(base.resolve("/v3/api-docs")).operations();
        builder.excluded.keySet().forEach(prefix -> assertThat(all).as("an operation under excluded " + prefix)
                .anyMatch(operation -> operation.path().startsWith(prefix)));
        this.operations = all.stream()
                .filter(operation -> builder.excluded.keySet().stream().noneMatch(operation.path()::startsWith))
                .sorted(Comparator.comparingInt(operation -> ORDER.indexOf(operation.method())))
                .toList();
        this.requests = new MalformedRequests(operations, builder.known);
        this.state = builder.state != null ? builder.state
                : new EventStoreProbe(builder.context.getBean(DataSource.class));
    }

    /** Starts a walk of the service of the Spring test context that {@code testClass}'s annotations name. */
    public static Builder forTestClass(Class<?> testClass) {
        return new Builder(new TestContextManager(testClass).getTestContext().getApplicationContext());
    }

    /** The operations walked, in the order they are walked. */
    public List<ApiOperation> operations() {
        return operations;
    }

    /** Walks every operation as every persona and fails with every answer that broke the expectation. */
    public void assertMatches(Expectation expected) {
        List<String> violations = violations(expected, operation -> true);
        assertThat(violations).as("answers of the role walk that break the policy").isEmpty();
    }

    /** Walks the operations {@code which} selects and answers what broke the expectation; empty when nothing. */
    public List<String> violations(Expectation expected, Predicate<ApiOperation> which) {
        List<String> violations = new ArrayList<>();
        for (ApiOperation operation : operations) {
            if (!which.test(operation)) {
                continue;
            }
            MalformedRequest request = requests.plausible(operation);
            List<Persona> personas = new ArrayList<>(List.of(Persona.values()));
            personas.sort(Comparator.comparing(persona -> expected.allowed(persona, operation)));
            for (Persona persona : personas) {
                String violation = check(operation, request, persona, expected.allowed(persona, operation));
                if (violation != null) {
                    violations.add(violation);
                }
            }
        }
        return violations;
    }

    private String check(ApiOperation operation, MalformedRequest request, Persona persona, boolean allowed) {
        String requestId = "role-walk-" + sequence.incrementAndGet();
        Object mark = state.mark();
        HttpResponse<String> response = send(base, persona, request.method(), request.target(), request.body(),
                requestId);
        int status = response.statusCode();
        String said = persona + " " + operation.key() + " (" + request.target() + ") answered " + status + " "
                + abbreviate(response.body());
        if (allowed) {
            return status == 401 || status == 403 ? "allowed by the policy but refused: " + said : null;
        }
        if (status != 403 && status != 404) {
            return "refused by the policy but not answered 403 or 404: " + said;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "a refusal that is not a problem document: " + said;
        }
        List<String> stored = state.changesSince(mark, requestId);
        return stored.isEmpty() ? null : "refused yet stored " + stored + ": " + said;
    }

    /**
     * Sends a request as {@code persona} for a fixture and answers its JSON; fails unless it is 2xx. {@code json}
     * null sends no body.
     */
    public static JsonNode call(ApplicationContext context, Persona persona, String method, String path,
                                String json) {
        HttpResponse<String> response = send(baseUri(context), persona, method, path, json, null);
        assertThat(response.statusCode()).as("%s %s as %s answered %s", method, path, persona, response.body())
                .isBetween(200, 299);
        try {
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request as {@code persona} and answers the raw response, whatever its status. */
    public static HttpResponse<String> send(ApplicationContext context, Persona persona, String method, String path,
                                            String json) {
        return send(baseUri(context), persona, method, path, json, null);
    }

    private static HttpResponse<String> send(URI base, Persona persona, String method, String target, String body,
                                             String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + persona.token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        try {
            return HTTP.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI baseUri(ApplicationContext context) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** The fixture's ids and what is left out of the walk. */
    public static final class Builder {

        private final ApplicationContext context;
        private final Map<String, String> known = new LinkedHashMap<>();
        private final Map<String, String> excluded = new LinkedHashMap<>();
        private StateProbe state;

        private Builder(ApplicationContext context) {
            this.context = context;
        }

        /** Creates the fixture through the API ({@link RoleWalk#call}) and names its ids: name → value. */
        public Builder seeded(Function<ApplicationContext, Map<String, String>> seed) {
            known.putAll(seed.apply(context));
            return this;
        }

        /** The value of every field and parameter with this name in the walked requests. */
        public Builder knownValue(String name, String value) {
            known.put(name, value);
            return this;
        }

        /** Leaves out the operations whose path starts with {@code pathPrefix}; say why. */
        public Builder excluding(String pathPrefix, String reason) {
            assertThat(reason).as("the reason for excluding " + pathPrefix).isNotBlank();
            excluded.put(pathPrefix, reason);
            return this;
        }

        /** How to see that a refused request changed nothing; the event store when not given. */
        public Builder state(StateProbe probe) {
            this.state = probe;
            return this;
        }

        /** The service's application context, for a probe's data source. */
        public ApplicationContext context() {
            return context;
        }

        public RoleWalk build() {
            return new RoleWalk(this);
        }
    }
}
