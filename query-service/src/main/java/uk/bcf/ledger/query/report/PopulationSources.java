package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the population vintage valid at a moment with its source, which the performance view's population lookup
 * does not carry: {@code system_from <= T < system_to} on {@code population_version}.
 */
@Repository
class PopulationSources {

    private final JdbcClient jdbc;

    PopulationSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PopulationSource> at(String boardCode, int year, String ageBand, Instant moment) {
        return jdbc.sql("""
                        select p.year, p.age_band, p.count, p.source from read_model.population_version p
                        where p.board_code = :board and p.year = :year and p.age_band = :ageBand
                          and p.system_from <= :at and (p.system_to is null or p.system_to > :at)""")
                .param("board", boardCode)
                .param("year", year)
                .param("ageBand", ageBand)
                .param("at", moment.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .query(PopulationSource.class)
                .optional();
    }
}
