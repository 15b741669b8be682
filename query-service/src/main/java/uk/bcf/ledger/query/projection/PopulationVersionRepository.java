package uk.bcf.ledger.query.projection;

import static uk.bcf.ledger.query.projection.ProjectionStatement.closingEarlierRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.newRows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;

/**
 * The {@code population_version} table: every vintage of a board's population of a calendar year and age band,
 * with its system time, written like {@link FigureVersionWriter} so that redelivery and late delivery are harmless.
 */
@Repository
public class PopulationVersionRepository {

    private static final ProjectionStatement INSERT = newRows("""
            insert into read_model.population_version (board_code, year, age_band, version, count, source,
                recorded_by, event_id, system_from, system_to)
            values (:board, :year, :ageBand, :version, :count, :source, :recordedBy, :eventId, :from,
                (select later.system_from from read_model.population_version later
                 where later.board_code = :board and later.year = :year and later.age_band = :ageBand
                   and later.version > :version
                 order by later.version limit 1))
            on conflict do nothing""");
    /** Vintage 1 has nothing before it, so this runs for later vintages only. */
    private static final ProjectionStatement CLOSE_EARLIER = closingEarlierRows("""
            update read_model.population_version set system_to = :from
            where board_code = :board and year = :year and age_band = :ageBand and version < :version
              and (system_to is null or system_to > :from)""");

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    PopulationVersionRepository(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void append(PopulationRecordedEvent event, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                INSERT,
                keyed(event, stored)
                        .addValue("count", event.count())
                        .addValue("source", event.provenance().source())
                        .addValue("recordedBy", event.provenance().recordedBy())
                        .addValue("eventId", stored.eventId()));
        if (event.version() > 1) {
            writes.run(event.boardCode(), CLOSE_EARLIER, keyed(event, stored));
        }
    }

    /** The board's populations valid at the moment, read once and answered from memory. */
    public PopulationLookup asOf(String boardCode, AsOf asOf) {
        record Population(int year, String ageBand, long count) {}
        List<Population> populations = jdbc.sql("""
                        select p.year, p.age_band, p.count from read_model.population_version p
                        where p.board_code = :board and %s""".formatted(SystemTime.validAt("p", "asOf", asOf)))
                .param("board", boardCode)
                .param("asOf", SystemTime.bound(asOf))
                .query(Population.class)
                .list();
        return (year, ageBand) -> populations.stream()
                .filter(population ->
                        population.year() == year && population.ageBand().equals(ageBand))
                .mapToLong(Population::count)
                .findFirst();
    }

    /** The vintage of one year and age band valid at the moment, with its source. */
    public Optional<PopulationVersionRow> validAt(String boardCode, int year, String ageBand, Instant moment) {
        return jdbc.sql("""
                        select p.year, p.age_band, p.count, p.source from read_model.population_version p
                        where p.board_code = :board and p.year = :year and p.age_band = :ageBand
                          and %s""".formatted(SystemTime.validAt("p", "at", AsOf.at(moment))))
                .param("board", boardCode)
                .param("year", year)
                .param("ageBand", ageBand)
                .param("at", SystemTime.column(moment))
                .query(PopulationVersionRow.class)
                .optional();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.population_version").update();
    }

    private static MapSqlParameterSource keyed(PopulationRecordedEvent event, StoredEvent stored) {
        return new MapSqlParameterSource()
                .addValue("board", event.boardCode())
                .addValue("year", event.year())
                .addValue("ageBand", event.ageBand())
                .addValue("version", event.version())
                .addValue("from", SystemTime.column(stored.storedAt()));
    }
}
