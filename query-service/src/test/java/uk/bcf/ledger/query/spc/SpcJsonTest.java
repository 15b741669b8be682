package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpcJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void enumsAreWrittenAsLowerCaseCodes() throws Exception {
        SpcResult result = new SpcResult(
                12,
                18.65,
                5.35,
                true,
                Variation.CONCERN_HIGH,
                Assurance.HIT_AND_MISS,
                List.of(
                        new SpcPointResult("2019-04", 20, SpecialCause.CONCERN, SpcRule.TWO_OF_THREE),
                        new SpcPointResult("2019-05", 12, null, null)));

        JsonNode written = json.readTree(json.writeValueAsString(result));

        assertThat(written.get("variation").asText()).isEqualTo("concern_high");
        assertThat(written.get("assurance").asText()).isEqualTo("hit_and_miss");
        assertThat(written.get("trialLimits").asBoolean()).isTrue();
        assertThat(written.at("/points/0/specialCause").asText()).isEqualTo("concern");
        assertThat(written.at("/points/0/rule").asText()).isEqualTo("two_of_three");
        assertThat(written.at("/points/1/rule").isNull()).isTrue();
    }
}
