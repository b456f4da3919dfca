package io.ledgerline.testsupport.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the permission matrix of docs/security.md equal to the policies in code: each service's table sits between
 * {@code <!-- policy:<service> -->} and {@code <!-- /policy:<service> -->}. Run a test with
 * {@code -Dledgerline.docs.write=true} to write the table instead of checking it.
 */
public final class PolicyDocs {

    private PolicyDocs() {
    }

    /** Fails unless docs/security.md shows {@code table} as the policy of {@code service}. */
    public static void assertDocumented(String service, String table) {
        Path doc = securityDoc();
        String text = read(doc);
        String open = "<!-- policy:" + service + " -->\n";
        String close = "<!-- /policy:" + service + " -->";
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        assertThat(start).as("%s in %s", open.trim(), doc).isNotNegative();
        assertThat(end).as("%s in %s", close, doc).isGreaterThan(start);
        String documented = text.substring(start + open.length(), end);
        if (Boolean.getBoolean("ledgerline.docs.write")) {
            write(doc, text.substring(0, start + open.length()) + table + text.substring(end));
            return;
        }
        assertThat(documented).as("the %s policy in %s (rewrite with -Dledgerline.docs.write=true)", service, doc)
                .isEqualTo(table);
    }

    private static Path securityDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/security.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("no docs/security.md above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path doc, String text) {
        try {
            Files.writeString(doc, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
