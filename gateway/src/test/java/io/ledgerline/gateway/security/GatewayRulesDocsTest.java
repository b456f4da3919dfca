package io.ledgerline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md shows the gateway's rules as {@link GatewayRules} has them, between {@code <!-- policy:gateway -->}
 * markers (the services' tables are checked by their role walks); {@code -Dledgerline.docs.write=true} rewrites it.
 */
class GatewayRulesDocsTest {

    private static final String OPEN_MARKER = "<!-- policy:gateway -->\n";
    private static final String CLOSE_MARKER = "<!-- /policy:gateway -->";

    @Test
    void docsSecurityShowsTheGatewaysRules() throws Exception {
        Path doc = Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
                .map(dir -> dir.resolve("docs/security.md")).filter(Files::isRegularFile).findFirst().orElseThrow();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(OPEN_MARKER) + OPEN_MARKER.length();
        int to = text.indexOf(CLOSE_MARKER);
        assertThat(from).as("the gateway's markers in %s", doc).isGreaterThanOrEqualTo(OPEN_MARKER.length());
        assertThat(to).isGreaterThanOrEqualTo(from);

        if (Boolean.getBoolean("ledgerline.docs.write")) {
            Files.writeString(doc, text.substring(0, from) + GatewayRules.markdown() + text.substring(to),
                    StandardCharsets.UTF_8);
        } else {
            assertThat(text.substring(from, to)).as("rewrite with -Dledgerline.docs.write=true")
                    .isEqualTo(GatewayRules.markdown());
        }
    }

    @Test
    void operationsAreForTheOperatorAlone() {
        assertThat(GatewayRules.OPERATOR).isEqualTo("operator");
        assertThat(GatewayRules.OPERATIONS).contains("/api/v1/ops/**");
        assertThat(GatewayRules.OPEN).noneMatch(path -> path.startsWith("/api/"));
    }
}
