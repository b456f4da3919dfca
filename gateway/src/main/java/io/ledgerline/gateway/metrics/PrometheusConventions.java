package io.ledgerline.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the gateway's meters pass {@code promtool check metrics}, as the platform does for the services: snake case
 * for names and tags (Spring Cloud Gateway tags {@code routeId}, {@code httpStatusCode} become {@code route_id},
 * {@code http_status_code}), no {@code _count} suffix on gauges ({@code spring_cloud_gateway_routes},
 * {@code system_cpus}), a help text for every meter, and meters in abbreviated units (ms, ns) left out.
 */
class PrometheusConventions implements MeterFilter {

    private static final Set<String> ABBREVIATED_UNITS = Set.of("ns", "us", "ms", "sec");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean abbreviated = ABBREVIATED_UNITS.contains(String.valueOf(id.getBaseUnit()).toLowerCase(Locale.ROOT))
                || Arrays.stream(id.getName().split("[._]")).anyMatch(ABBREVIATED_UNITS::contains);
        return abbreviated ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = snake(id.getName());
        if (name.endsWith(".count") && id.getType() != Meter.Type.TIMER
                && id.getType() != Meter.Type.DISTRIBUTION_SUMMARY) {
            name = name.substring(0, name.length() - ".count".length()) + "s";
        }
        List<Tag> tags = id.getTags().stream().map(tag -> Tag.of(snake(tag.getKey()), tag.getValue())).toList();
        String description = id.getDescription() == null || id.getDescription().isBlank()
                ? describe(name) : id.getDescription();
        return new Meter.Id(name, Tags.of(tags), id.getBaseUnit(), description, id.getType());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String describe(String name) {
        String words = name.replace('.', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
