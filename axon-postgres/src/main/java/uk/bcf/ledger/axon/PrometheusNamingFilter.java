package uk.bcf.ledger.axon;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings every meter to the conventions {@code promtool check metrics} enforces, so the scrape output lints clean:
 * <ul>
 *   <li>camelCase names and tag keys become snake_case — Axon's {@code eventProcessor.allTimer} tagged
 *       {@code payloadType} becomes {@code event_processor.all_timer} tagged {@code payload_type};</li>
 *   <li>a counter does not say "counter" in its name ({@code successCounter} becomes {@code success}; Prometheus
 *       adds {@code _total});</li>
 *   <li>meters counting time in {@code ns} or {@code ms} are dropped: Prometheus wants seconds, and a filter
 *       cannot rescale a counter's values (this drops the JVM's cumulative CPU and JIT times; CPU usage stays);</li>
 *   <li>Micrometer's processor-count gauge, whose {@code _count} suffix reads as a histogram's, is renamed;</li>
 *   <li>a meter without a description gets one.</li>
 * </ul>
 * Meters already following the conventions are returned unchanged.
 */
public final class PrometheusNamingFilter implements MeterFilter {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern COUNTER_WORD = Pattern.compile("[._]counter$");
    private static final Set<String> SUB_SECOND_UNITS = Set.of("ns", "nanoseconds", "ms", "milliseconds");
    private static final Map<String, String> RENAMED = Map.of("system.cpu.count", "system.cpu.processors");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return id.getBaseUnit() != null && SUB_SECOND_UNITS.contains(id.getBaseUnit())
                ? MeterFilterReply.DENY
                : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = RENAMED.getOrDefault(id.getName(), snakeCase(id.getName()));
        if (id.getType() == Meter.Type.COUNTER) {
            name = COUNTER_WORD.matcher(name).replaceAll("");
        }
        List<Tag> tags = id.getTags().stream()
                .map(tag -> Tag.of(snakeCase(tag.getKey()), tag.getValue()))
                .toList();
        String description = id.getDescription() != null ? id.getDescription() : "meter " + name;
        if (name.equals(id.getName()) && tags.equals(id.getTags()) && id.getDescription() != null) {
            return id;
        }
        return new Meter.Id(name, Tags.of(tags), id.getBaseUnit(), description, id.getType());
    }

    static String snakeCase(String name) {
        return CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
