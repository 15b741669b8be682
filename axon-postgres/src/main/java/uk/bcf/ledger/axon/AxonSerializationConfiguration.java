package uk.bcf.ledger.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's Jackson 2 serializer for everything Axon stores: events, snapshots, tokens and dead letters. Boot 4 no
 * longer brings Jackson 2, and Axon's {@code jackson3} option cannot read back its own tracking tokens (the
 * processor then silently stays at zero events), so the serializers are declared here rather than chosen by
 * property. Unknown properties are ignored so that older code can read events written by newer code.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializationConfiguration {

    @Bean
    @Primary
    Serializer axonSerializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer axonSerializer) {
        return axonSerializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer axonSerializer) {
        return axonSerializer;
    }

    static JsonMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
