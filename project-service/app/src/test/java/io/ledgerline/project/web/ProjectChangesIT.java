package io.ledgerline.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@LedgerlineIntegrationTest
class ProjectChangesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    Api api;
    String projectId;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        projectId = api.createProjectWithManager("ada");
        base = "/api/v1/projects/" + projectId;
    }

    @Test
    void addsAMemberWithAPersonalRate() {
        ResponseEntity<String> added = api.ifMatch(HttpMethod.POST, base + "/members",
                "{\"userId\":\"bob\",\"role\":\"MEMBER\",\"hourlyRate\":\"95.50\"}", "\"1\"");

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getHeaders().getLocation()).hasPath(base + "/members/bob");
        assertThat(added.getHeaders().getETag()).isEqualTo("\"2\"");
        JsonNode bob = api.body(added).get("members").get(1);
        assertThat(bob.get("userId").asText()).isEqualTo("bob");
        assertThat(bob.get("hourlyRate").decimalValue()).isEqualByComparingTo("95.50");
    }

    @Test
    void refusesToAddAMemberTwice() {
        ResponseEntity<String> again = api.post(base + "/members", "{\"userId\":\"ada\",\"role\":\"MEMBER\"}");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("ada is already a member");
    }

    @Test
    void removesAMemberButKeepsTheLastManager() {
        api.post(base + "/members", "{\"userId\":\"bob\",\"role\":\"MEMBER\"}");

        ResponseEntity<String> removed = api.send(HttpMethod.DELETE, base + "/members/bob", null, Map.of());
        ResponseEntity<String> lastManager = api.send(HttpMethod.DELETE, base + "/members/ada", null, Map.of());

        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.body(removed).get("members").findValuesAsText("userId")).containsExactly("ada");
        assertThat(lastManager.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lastManager.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.body(lastManager).get("detail").asText()).contains("at least one manager");
    }

    @Test
    void answersTheRateInForceOnEachDate() {
        api.post(base + "/members", "{\"userId\":\"bob\",\"role\":\"MEMBER\"}");
        api.post(base + "/rates", "{\"hourlyRate\":\"130\",\"effectiveFrom\":\"2026-01-01\"}");
        api.post(base + "/rates", "{\"hourlyRate\":\"140\",\"effectiveFrom\":\"2026-07-01\"}");
        api.post(base + "/rates", "{\"userId\":\"bob\",\"hourlyRate\":\"99\",\"effectiveFrom\":\"2026-03-01\"}");

        JsonNode december = api.body(api.get(base + "/rates?date=2025-12-31"));
        JsonNode april = api.body(api.get(base + "/rates?date=2026-04-15"));
        JsonNode july = api.body(api.get(base + "/rates?date=2026-07-01"));

        assertThat(december.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("120");
        assertThat(april.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("130");
        assertThat(july.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("140");
        assertThat(rateOf("bob", december)).isEqualByComparingTo("120");
        assertThat(rateOf("bob", april)).isEqualByComparingTo("99");
        assertThat(rateOf("ada", april)).isEqualByComparingTo("130");
        assertThat(api.get(base + "/rates?date=someday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesARateForSomeoneWhoIsNotAMember() {
        ResponseEntity<String> refused = api.post(base + "/rates",
                "{\"userId\":\"eve\",\"hourlyRate\":\"10\",\"effectiveFrom\":\"" + TODAY + "\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void setsAndRemovesTheBudget() {
        ResponseEntity<String> set = api.send(HttpMethod.PUT, base + "/budget",
                "{\"hours\":\"40\",\"amount\":\"4800.00\",\"resetsMonthly\":true}", Map.of());
        ResponseEntity<String> removed = api.send(HttpMethod.PUT, base + "/budget", "{}", Map.of());

        JsonNode budget = api.body(set).get("budget");
        assertThat(budget.get("hours").decimalValue()).isEqualByComparingTo("40");
        assertThat(budget.get("amount").decimalValue()).isEqualByComparingTo("4800");
        assertThat(budget.get("resetsMonthly").asBoolean()).isTrue();
        assertThat(api.body(removed).has("budget")).isFalse();
    }

    @Test
    void refusesANegativeBudgetWith400AndAMonthlyBudgetWithoutLimitsWith422() {
        assertThat(api.send(HttpMethod.PUT, base + "/budget", "{\"hours\":\"-1\"}", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.send(HttpMethod.PUT, base + "/budget", "{\"resetsMonthly\":true}", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void followsTheLifeCycleAndNamesTheRuleOfAnIllegalMove() {
        assertThat(status("ON_HOLD").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status("ACTIVE").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status("COMPLETED").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> reopen = status("ACTIVE");
        ResponseEntity<String> archived = status("ARCHIVED");
        ResponseEntity<String> revived = status("ACTIVE");

        assertThat(reopen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.body(reopen).get("detail").asText())
                .isEqualTo("a COMPLETED project can only be ARCHIVED, not ACTIVE");
        assertThat(api.body(archived).get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(api.body(revived).get("detail").asText()).startsWith("ARCHIVED is final");
        assertThat(api.post(base + "/members", "{\"userId\":\"zoe\",\"role\":\"MEMBER\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void refusesAStaleIfMatchAndAMalformedOne() {
        ResponseEntity<String> stale = api.ifMatch(HttpMethod.PUT, base + "/status", "{\"status\":\"ON_HOLD\"}",
                "\"0\"");
        ResponseEntity<String> malformed = api.ifMatch(HttpMethod.PUT, base + "/status",
                "{\"status\":\"ON_HOLD\"}", "yesterday");

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentWritersWithTheSameIfMatchWin() {
        String etag = api.get(base).getHeaders().getETag();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpStatusCode>> writers = List.of("10", "20").stream()
                .map(hours -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return api.ifMatch(HttpMethod.PUT, base + "/budget", "{\"hours\":\"" + hours + "\"}", etag)
                            .getStatusCode();
                }))
                .toList();

        start.countDown();

        // the loser's If-Match is stale (412) once it loads the winner's version; 409 when both appended at once
        List<HttpStatusCode> answers = writers.stream().map(CompletableFuture::join).toList();
        assertThat(answers).containsOnlyOnce(HttpStatus.OK);
        assertThat(answers).anyMatch(answer -> answer == HttpStatus.PRECONDITION_FAILED
                || answer == HttpStatus.CONFLICT);
        assertThat(api.body(api.get(base + "/history")).findValuesAsText("type")).containsOnlyOnce(
                "ProjectBudgetChanged");
    }

    @Test
    void answersChangesToAnUnknownProjectWith404() {
        String unknown = "/api/v1/projects/00000000-0000-0000-0000-000000000000";

        assertThat(api.post(unknown + "/members", "{\"userId\":\"bob\",\"role\":\"MEMBER\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(unknown + "/rates").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> status(String status) {
        return api.send(HttpMethod.PUT, base + "/status", "{\"status\":\"" + status + "\"}", Map.of());
    }

    private static BigDecimal rateOf(String userId, JsonNode rates) {
        for (JsonNode member : rates.get("members")) {
            if (member.get("userId").asText().equals(userId)) {
                return member.get("hourlyRate").decimalValue();
            }
        }
        throw new AssertionError(userId + " has no rate in " + rates);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
