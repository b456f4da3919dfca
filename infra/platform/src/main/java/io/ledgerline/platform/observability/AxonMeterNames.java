package io.ledgerline.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives axon-micrometer's meters Prometheus-style names. Axon names them {@code <component>.<monitor>} in camel
 * case ({@code eventProcessor.successTimer}, {@code commandBus.ingestedCounter}) with camel-case tags; here they
 * become {@code axon.<component>.handling} timers and {@code axon.<component>.messages} counters with an
 * {@code outcome} tag, and snake-case tags ({@code processor}, {@code payload_type}):
 * {@code axon_command_bus_handling_seconds_count{outcome="success"}}, {@code axon_event_processor_capacity}.
 */
class AxonMeterNames implements MeterFilter {

    private static final Pattern AXON = Pattern.compile(
            "([a-z][A-Za-z]*)\\.(all|success|failure|ignored|ingested|processed)(Timer|Counter)|([a-z][A-Za-z]*)\\.(capacity|latency)");
    private static final Map<String, String> TAGS = Map.of("processorName", "processor", "payloadType", "payload_type");

    @Override
    public Meter.Id map(Meter.Id id) {
        Matcher axon = AXON.matcher(id.getName());
        if (!axon.matches()) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        id.getTagsAsIterable().forEach(tag -> tags.add(Tag.of(TAGS.getOrDefault(tag.getKey(), snake(tag.getKey())),
                tag.getValue())));
        String name;
        if (axon.group(1) != null) {
            String kind = "Timer".equals(axon.group(3)) ? "handling" : "messages";
            name = "axon." + snake(axon.group(1)) + "." + kind;
            tags.add(Tag.of("outcome", axon.group(2)));
        } else {
            name = "axon." + snake(axon.group(4)) + "." + axon.group(5);
        }
        return id.withName(name).replaceTags(tags);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
