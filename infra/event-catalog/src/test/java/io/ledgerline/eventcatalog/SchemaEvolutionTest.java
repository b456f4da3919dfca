package io.ledgerline.eventcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.contract.EventCatalog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every schema of the previous release (copied under src/test/resources/released/&lt;version&gt;) is still published
 * and still accepts what consumers of that release rely on.
 */
class SchemaEvolutionTest {

    private static final Path RELEASED = Path.of("src/test/resources/released/0.1.0");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyReleasedTypeIsStillPublishedWithACompatibleSchema() throws IOException {
        Set<String> published = new TreeSet<>();
        PublishedLanguage.CATALOGS.forEach(catalog -> published.addAll(catalog.byType().keySet()));
        List<String> problems = new ArrayList<>();
        try (DirectoryStream<Path> released = Files.newDirectoryStream(RELEASED, "*.schema.json")) {
            for (Path file : released) {
                String type = file.getFileName().toString().replace(".schema.json", "");
                if (!published.contains(type)) {
                    problems.add(type + " is no longer published");
                    continue;
                }
                JsonNode before = JSON.readTree(Files.readString(file));
                SchemaCompatibility.breakingChanges(before, PublishedLanguage.schema(type))
                        .forEach(change -> problems.add(type + ": " + change));
            }
        }

        assertThat(problems).as("breaking changes against release 0.1.0; publish a .v2 type instead").isEmpty();
    }

    @Test
    void everyPublishedTypeHasASchema() {
        for (EventCatalog catalog : PublishedLanguage.CATALOGS) {
            catalog.byType().keySet().forEach(type -> assertThat(PublishedLanguage.schema(type).get("type").asText())
                    .as(type).isEqualTo("object"));
        }
    }
}
