package io.ledgerline.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds Prometheus' binaries ({@code promtool}, {@code prometheus}) for the checks that need them, and decides what
 * a test does without one, so that no such check ever passes asserting nothing: in CI ({@code CI=true}, which
 * {@code .ci/run} sets) a missing binary fails the test; elsewhere the test is skipped and reported as skipped, as it
 * is when {@code LEDGERLINE_SKIP_PROMTOOL=true} asks to leave the checks out (ignored in CI).
 */
public final class PrometheusTools {

    /** What a test that needs a binary does. */
    public enum Decision { RUN, SKIP, FAIL }

    private PrometheusTools() {
    }

    /** The decision for a binary that is or is not installed, given the environment. */
    public static Decision decide(boolean installed, Map<String, String> env) {
        if (Boolean.parseBoolean(env.get("CI"))) {
            return installed ? Decision.RUN : Decision.FAIL;
        }
        if (Boolean.parseBoolean(env.get("LEDGERLINE_SKIP_PROMTOOL"))) {
            return Decision.SKIP;
        }
        return installed ? Decision.RUN : Decision.SKIP;
    }

    /**
     * The binary on the PATH; when it is missing (or the checks are to be left out) the calling test is aborted, and
     * so reported as skipped, or fails in CI.
     */
    public static Path require(String binary) {
        Optional<Path> found = find(binary);
        return switch (decide(found.isPresent(), System.getenv())) {
            case RUN -> found.orElseThrow();
            case SKIP -> Assumptions.abort(binary + " is not on the PATH or LEDGERLINE_SKIP_PROMTOOL=true; install "
                    + "Debian's prometheus package to run this check");
            case FAIL -> Assertions.fail(binary + " is not on the PATH, and CI must run this check: install "
                    + "Debian's prometheus package (.ci/run does)");
        };
    }

    /** The executable of that name on the PATH, if any. */
    public static Optional<Path> find(String binary) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, binary))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
