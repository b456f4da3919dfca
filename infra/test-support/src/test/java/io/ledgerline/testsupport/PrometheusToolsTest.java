package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testsupport.PrometheusTools.Decision;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A check that needs promtool runs, is skipped, or fails in CI: it never passes without having run. */
class PrometheusToolsTest {

    @Test
    void runsWhenTheToolIsInstalled() {
        assertThat(PrometheusTools.decide(true, Map.of())).isEqualTo(Decision.RUN);
        assertThat(PrometheusTools.decide(true, Map.of("CI", "true"))).isEqualTo(Decision.RUN);
    }

    @Test
    void isSkippedWithoutTheToolOutsideCi() {
        assertThat(PrometheusTools.decide(false, Map.of())).isEqualTo(Decision.SKIP);
        assertThat(PrometheusTools.decide(false, Map.of("CI", "false"))).isEqualTo(Decision.SKIP);
    }

    @Test
    void failsWithoutTheToolInCiEvenWhenAskedToSkip() {
        assertThat(PrometheusTools.decide(false, Map.of("CI", "true"))).isEqualTo(Decision.FAIL);
        assertThat(PrometheusTools.decide(false, Map.of("CI", "true", "LEDGERLINE_SKIP_PROMTOOL", "true")))
                .isEqualTo(Decision.FAIL);
    }

    @Test
    void skipsRatherThanPassesWhenAskedToLeaveTheChecksOut() {
        assertThat(PrometheusTools.decide(true, Map.of("LEDGERLINE_SKIP_PROMTOOL", "true"))).isEqualTo(Decision.SKIP);
        assertThat(PrometheusTools.decide(false, Map.of("LEDGERLINE_SKIP_PROMTOOL", "true"))).isEqualTo(Decision.SKIP);
    }
}
