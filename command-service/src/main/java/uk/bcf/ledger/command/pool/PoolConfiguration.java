package uk.bcf.ledger.command.pool;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pool's collaborators: the national lists of scheme types, read from their JSON seed, and the context. */
@Configuration(proxyBeanMethods = false)
class PoolConfiguration {

    static final String SCHEME_TYPES = "/pool/scheme-types.json";

    private record Seed(List<String> areasOfSpend, List<SchemeTypeList> lists) {}

    @Bean
    SchemeTypeCatalogue schemeTypeCatalogue() {
        return standardCatalogue();
    }

    @Bean
    PoolContext poolContext(SchemeTypeCatalogue catalogue, Clock clock) {
        return new PoolContext(catalogue, clock);
    }

    /** The catalogue as the seed on the class path has it. */
    static SchemeTypeCatalogue standardCatalogue() {
        try (InputStream in = PoolConfiguration.class.getResourceAsStream(SCHEME_TYPES)) {
            if (in == null) {
                throw new IllegalStateException(SCHEME_TYPES + " is missing from the class path");
            }
            Seed seed = JsonMapper.builder().build().readValue(in, Seed.class);
            return new SchemeTypeCatalogue(seed.areasOfSpend(), seed.lists());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
