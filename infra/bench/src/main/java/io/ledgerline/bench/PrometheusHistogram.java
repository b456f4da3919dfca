package io.ledgerline.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cumulative buckets of one Prometheus histogram as scraped ({@code <name>_bucket{...,le="0.005"} 12.0}), summed
 * over label sets; {@link #minus} gives the observations between two scrapes and {@link #quantile} estimates a
 * quantile the way PromQL's {@code histogram_quantile} does (linear within the bucket).
 */
record PrometheusHistogram(TreeMap<Double, Double> buckets) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    static PrometheusHistogram parse(String exposition, String name) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(name + "_bucket{")) {
                continue;
            }
            Matcher le = LE.matcher(line);
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                buckets.merge(bound, value, Double::sum);
            }
        }
        return new PrometheusHistogram(buckets);
    }

    PrometheusHistogram minus(PrometheusHistogram earlier) {
        TreeMap<Double, Double> difference = new TreeMap<>();
        buckets.forEach((bound, value) -> difference.put(bound, value - earlier.buckets.getOrDefault(bound, 0.0)));
        return new PrometheusHistogram(difference);
    }

    double count() {
        return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
    }

    /** The estimated {@code q} quantile (0 to 1) in the histogram's unit; NaN when it holds nothing. */
    double quantile(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double below = 0;
        for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - below;
                return inBucket <= 0 ? bucket.getKey()
                        : lowerBound + (bucket.getKey() - lowerBound) * (rank - below) / inBucket;
            }
            lowerBound = bucket.getKey();
            below = bucket.getValue();
        }
        return lowerBound;
    }

    /** The cumulative counts as {@code le -> count}, for the report's histogram table. */
    Map<Double, Double> cumulative() {
        return buckets;
    }
}
