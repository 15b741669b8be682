package uk.bcf.ledger.benchmark.dataset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;

/** The sizes of synthetic figures per metric, read from {@code metric-profiles.json}; unknown metrics get a fallback. */
public final class MetricProfiles {

    private static final String RESOURCE = "/metric-profiles.json";

    private final Map<String, MetricProfile> byCode;

    public MetricProfiles(Map<String, MetricProfile> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The profiles shipped with the benchmark. */
    public static MetricProfiles standard() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = MetricProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, MetricProfile> profiles = new HashMap<>();
            JsonNode root = mapper.readTree(in);
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().startsWith("_")) {
                    profiles.put(field.getKey(), mapper.treeToValue(field.getValue(), MetricProfile.class));
                }
            }
            return new MetricProfiles(profiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The metric's profile; a rate always scales with the population band the catalogue gives it. */
    public MetricProfile of(MetricDefinition metric) {
        MetricProfile profile = byCode.getOrDefault(
                metric.code(),
                MetricProfile.fallback(
                        metric.populationAgeBand(),
                        metric.shape() == ValueShape.PERCENTAGE || metric.shape() == ValueShape.MEAN));
        if (metric.populationAgeBand() != null && !metric.populationAgeBand().equals(profile.band())) {
            return new MetricProfile(
                    metric.populationAgeBand(),
                    profile.perPersonPerMonth(),
                    profile.share(),
                    profile.noise(),
                    profile.winterUplift(),
                    profile.planBias());
        }
        return profile;
    }
}
