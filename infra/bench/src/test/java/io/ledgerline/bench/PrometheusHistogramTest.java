package io.ledgerline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrometheusHistogramTest {

    private static final String BEFORE = """
            # HELP ledgerline_propagation_seconds Time from logged time recorded to its priced entry committed
            # TYPE ledgerline_propagation_seconds histogram
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.01"} 10.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.05"} 10.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.1"} 10.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="+Inf"} 10.0
            ledgerline_propagation_seconds_count{application="billing-service",event="TimeLogged"} 10.0
            ledgerline_other_seconds_bucket{le="0.01"} 99.0
            """;
    private static final String AFTER = """
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.01"} 60.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.05"} 100.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="0.1"} 110.0
            ledgerline_propagation_seconds_bucket{application="billing-service",event="TimeLogged",le="+Inf"} 110.0
            """;

    @Test
    void countsOnlyWhatHappenedBetweenTwoScrapes() {
        PrometheusHistogram phase = PrometheusHistogram.parse(AFTER, "ledgerline_propagation_seconds")
                .minus(PrometheusHistogram.parse(BEFORE, "ledgerline_propagation_seconds"));

        assertThat(phase.count()).isEqualTo(100.0);
    }

    @Test
    void interpolatesQuantilesWithinBucketsAsPromQlDoes() {
        PrometheusHistogram phase = PrometheusHistogram.parse(AFTER, "ledgerline_propagation_seconds")
                .minus(PrometheusHistogram.parse(BEFORE, "ledgerline_propagation_seconds"));

        // 50 of 100 at or below 10 ms; the next 40 between 10 and 50 ms; the last 10 between 50 and 100 ms
        assertThat(phase.quantile(0.5)).isCloseTo(0.01, within(1e-9));
        assertThat(phase.quantile(0.7)).isCloseTo(0.03, within(1e-9));
        assertThat(phase.quantile(0.99)).isCloseTo(0.095, within(1e-9));
    }

    @Test
    void hasNoQuantileWithoutObservations() {
        assertThat(PrometheusHistogram.parse(BEFORE, "ledgerline_missing_seconds").quantile(0.99)).isNaN();
    }
}
