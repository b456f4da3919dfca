package io.ledgerline.billing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives billing-service in integration tests for one tenant: project and time events in through Kafka as their
 * producers publish them, requests through its API with a token of the tenant.
 */
public final class BillingApiClient {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;
    private static final Pattern IRREVERSIBLE = Pattern.compile("(/api/v1/invoices/[^/]+)/(issue|void)");

    private final String tenant;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    public BillingApiClient(TestRestTemplate http, JdbcTemplate jdbc, String tenant) {
        this.http = http;
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.token = TestIdentity.instance().token(tenant, "finance-" + tenant, "admin", "manager", "member");
    }

    /** Sends records as their producers would, under this client's tenant, awaiting the broker's acknowledgement. */
    @SafeVarargs
    public final void send(ProducerRecord<String, byte[]>... records) {
        for (ProducerRecord<String, byte[]> record : records) {
            record.headers().remove(CloudEventHeaders.TENANT);
            record.headers().add(CloudEventHeaders.TENANT, tenant.getBytes(StandardCharsets.UTF_8));
        }
        KafkaRecords.send(TestKafka.instance().bootstrapServers(), records);
    }

    /**
     * A client (14 days, 19 % tax) with a TIME_AND_MATERIALS project at 100/h, once billing-service knows both, and
     * the tenant's seller profile set, so that its invoices can be issued.
     */
    public World world() {
        ResponseEntity<String> seller = exchange(HttpMethod.PUT, "/api/v1/seller-profile",
                BillingFixtures.sellerProfileJson(), null);
        if (!seller.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("the seller profile was refused: " + seller.getBody());
        }
        return clientAndProject();
    }

    /** The client and project of {@link #world()}, without a seller profile. */
    public World clientAndProject() {
        String clientId = UUID.randomUUID().toString();
        String projectId = UUID.randomUUID().toString();
        send(BillingFixtures.clientRegistered(clientId, 14, "19"),
                BillingFixtures.projectCreated(projectId, clientId, "100"),
                BillingFixtures.memberAdded(projectId, BillingFixtures.MEMBER, null),
                BillingFixtures.memberAdded(projectId, BillingFixtures.OTHER_MEMBER, "120"));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM billing_client WHERE client_id = ?", clientId)
                == 1 && count("SELECT count(*) FROM project_rate WHERE project_id = ?", projectId) == 2);
        return new World(clientId, projectId);
    }

    /** Makes {@code manager} a MANAGER and {@code member} a MEMBER of the project, once billing-service knows it. */
    public void staff(String projectId, String manager, String member) {
        send(BillingFixtures.memberAdded(projectId, manager, ProjectRole.MANAGER, null),
                BillingFixtures.memberAdded(projectId, member, ProjectRole.MEMBER, null));
        await().atMost(WAIT).until(() -> count("""
                SELECT count(*) FROM billing_project_member WHERE project_id = ? AND user_id IN (?, ?)""",
                projectId, manager, member) == 2);
    }

    /** Logs time and approves it, once the ledger has priced and approved it; answers the entry id. */
    public String approvedTime(String projectId, String userId, LocalDate date, int minutes) {
        String entryId = UUID.randomUUID().toString();
        send(BillingFixtures.timeLogged(entryId, projectId, userId, date, minutes, UUID.randomUUID().toString()),
                BillingFixtures.approved(userId, UUID.randomUUID().toString(), entryId));
        await().atMost(WAIT).until(() -> count("""
                SELECT count(*) FROM priced_entry WHERE entry_id = ? AND known AND approved AND amount IS NOT NULL""",
                entryId) == 1);
        return entryId;
    }

    public long count(String query, Object... arguments) {
        Long count = jdbc.queryForObject(query, Long.class, arguments);
        return count == null ? 0 : count;
    }

    /** Drafts an invoice of the client for November 2026 and answers the response. */
    public ResponseEntity<String> draft(String clientId, String grouping) {
        return exchange(HttpMethod.POST, "/api/v1/invoices", """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30","grouping":"%s"}"""
                .formatted(clientId, grouping), null);
    }

    /** The bearer token of this client's tenant. */
    public String token() {
        return token;
    }

    /**
     * POSTs as a careful client does: an invoice's issue and void, which require If-Match, name the version of the
     * invoice as read just before ({@code *} when it cannot be read, so that the endpoint's own 403/404 shows).
     */
    public ResponseEntity<String> post(String path, String body) {
        Matcher irreversible = IRREVERSIBLE.matcher(path);
        return exchange(HttpMethod.POST, path, body, irreversible.matches() ? currentETag(irreversible.group(1))
                : null);
    }

    /** The ETag of the resource at {@code path} now, or {@code *} when it cannot be read. */
    public String currentETag(String path) {
        ResponseEntity<String> current = get(path);
        return current.getStatusCode().is2xxSuccessful() ? current.getHeaders().getETag() : "*";
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    public ResponseEntity<byte[]> bytes(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client and its project as billing-service learnt them. */
    public record World(String clientId, String projectId) {
    }
}
