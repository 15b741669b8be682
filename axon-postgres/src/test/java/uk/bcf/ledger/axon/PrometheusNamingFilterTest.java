package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.junit.jupiter.api.Test;

class PrometheusNamingFilterTest {

    private final PrometheusNamingFilter filter = new PrometheusNamingFilter();

    @Test
    void bringsCamelCaseNamesAndTagsToSnakeCaseAndAddsADescription() {
        Meter.Id axon = new Meter.Id(
                "eventProcessor.allTimer", Tags.of("payloadType", "PlanSetEvent"), "seconds", null, Meter.Type.TIMER);

        Meter.Id mapped = filter.map(axon);

        assertThat(mapped.getName()).isEqualTo("event_processor.all_timer");
        assertThat(mapped.getTags())
                .extracting(tag -> tag.getKey() + "=" + tag.getValue())
                .containsExactly("payload_type=PlanSetEvent");
        assertThat(mapped.getDescription()).isNotBlank();
        assertThat(mapped.getBaseUnit()).isEqualTo("seconds");
    }

    @Test
    void aCounterDoesNotSayCounterInItsName() {
        Meter.Id axon = new Meter.Id("eventProcessor.successCounter", Tags.empty(), null, null, Meter.Type.COUNTER);

        assertThat(filter.map(axon).getName()).isEqualTo("event_processor.success");
    }

    @Test
    void dropsSubSecondTimeCountersAndRenamesTheProcessorCount() {
        Meter.Id cpuTime = new Meter.Id("process.cpu.time", Tags.empty(), "ns", "CPU time", Meter.Type.COUNTER);
        Meter.Id cpuUsage = new Meter.Id("process.cpu.usage", Tags.empty(), null, "CPU usage", Meter.Type.GAUGE);
        Meter.Id processors = new Meter.Id("system.cpu.count", Tags.empty(), null, "processors", Meter.Type.GAUGE);

        assertThat(filter.accept(cpuTime)).isEqualTo(MeterFilterReply.DENY);
        assertThat(filter.accept(cpuUsage)).isEqualTo(MeterFilterReply.NEUTRAL);
        assertThat(filter.map(processors).getName()).isEqualTo("system.cpu.processors");
    }

    @Test
    void leavesConventionalMetersAlone() {
        Meter.Id jvm = new Meter.Id(
                "jvm.memory.used", Tags.of("area", "heap"), "bytes", "The amount of used memory", Meter.Type.GAUGE);

        assertThat(filter.map(jvm)).isSameAs(jvm);
    }
}
