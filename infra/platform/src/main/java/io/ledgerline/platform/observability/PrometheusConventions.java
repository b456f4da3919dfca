package io.ledgerline.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Makes every meter pass {@code promtool check metrics}: Axon's meters renamed ({@link AxonMeterNames}), camel case
 * in names turned to snake case (Spring Security names meters after filter classes), gauges and counters no longer
 * ending in {@code _count} ({@code system.cpu.count} becomes {@code system.cpus}), a help text for every meter, and
 * the few meters measured in abbreviated units that are not seconds or bytes (Kafka's {@code *_time_ns_*},
 * {@code jvm.compilation.time} in ms, {@code process.cpu.time} in ns) left out rather than mislabelled.
 */
class PrometheusConventions implements MeterFilter {

    private static final Set<String> ABBREVIATED_UNITS = Set.of("ns", "us", "ms", "sec");

    private final AxonMeterNames axon = new AxonMeterNames();

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean abbreviated = ABBREVIATED_UNITS.contains(String.valueOf(id.getBaseUnit()).toLowerCase(Locale.ROOT))
                || Arrays.stream(id.getName().split("[._]")).anyMatch(ABBREVIATED_UNITS::contains);
        return abbreviated ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id original) {
        Meter.Id id = axon.map(original);
        String name = AxonMeterNames.snake(id.getName());
        if (name.endsWith(".count") && id.getType() != Meter.Type.TIMER
                && id.getType() != Meter.Type.DISTRIBUTION_SUMMARY) {
            name = name.substring(0, name.length() - ".count".length()) + "s";
        }
        String description = id.getDescription() == null || id.getDescription().isBlank()
                ? describe(name) : id.getDescription();
        if (name.equals(id.getName()) && description.equals(id.getDescription())) {
            return id;
        }
        return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }

    /** A help text for meters registered without one: the name in words, which beats an empty HELP line. */
    private static String describe(String name) {
        String words = name.replace('.', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
