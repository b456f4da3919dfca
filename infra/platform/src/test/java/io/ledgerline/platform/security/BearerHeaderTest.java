package io.ledgerline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop resolves, ignores and refuses exactly the headers Spring Security's own resolver does. */
class BearerHeaderTest {

    private final BearerTokenResolver ours = new BearerHeader();
    private final BearerTokenResolver springs = new DefaultBearerTokenResolver();

    @Test
    void chosenHeadersAreResolvedAsSpringSecurityResolvesThem() {
        List<String> headers = Arrays.asList(null, "", "Basic YWRhOnNlY3JldA==", "Bearer", "Bearer ", "bearer abc",
                "BEARER abc.def-ghi_jkl~mno+pqr/stu==", "Bearer  abc", "Bearer abc ", "Bearer abc=def",
                "Bearer ===", "Bearer a==", "Bearerabc", "Bearer\tabc", "Bearer ab\"c", "Bearer ab,c",
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl", "Token abc", "bear abc");
        headers.forEach(this::assertSameOutcome);
    }

    @Test
    void drawnHeadersAreResolvedAsSpringSecurityResolvesThem() {
        long seed = Long.getLong("fuzz.seed", 17L);
        Random random = new Random(seed);
        String alphabet = "aZ09-._~+/= \t\",;:Bbearer";
        for (int draw = 0; draw < 2_000; draw++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameOutcome(header.toString());
        }
    }

    private void assertSameOutcome(String header) {
        assertThat(outcome(ours, header)).as("Authorization: [%s]", header).isEqualTo(outcome(springs, header));
    }

    private static String outcome(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            return "token " + Objects.toString(resolver.resolve(request));
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }
}
