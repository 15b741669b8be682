package uk.bcf.ledger.command.board;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The command side's own copy of each board's latest population vintage per calendar year and age band, which an
 * import needs to check published rates. It is written in the same transaction as the
 * {@code PopulationRecordedEvent} (see {@link KnownPopulationUpdater}), so it never disagrees with the event store.
 */
@Repository
public class KnownPopulationRepository {

    private final JdbcClient jdbc;

    public KnownPopulationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest vintage's count, if any population was recorded for the board, calendar year and age band. */
    public Optional<Long> count(String boardCode, int year, String ageBand) {
        return jdbc.sql(
                        "select count from command_side.known_population where board_code = ? and year = ? and age_band = ?")
                .params(boardCode, year, ageBand)
                .query(Long.class)
                .optional();
    }

    /** Keeps the vintage unless a later one is already known, so a redelivered event changes nothing. */
    void record(String boardCode, int year, String ageBand, long count, int version) {
        jdbc.sql("""
                        insert into command_side.known_population (board_code, year, age_band, count, version)
                        values (?, ?, ?, ?, ?)
                        on conflict (board_code, year, age_band) do update
                        set count = excluded.count, version = excluded.version
                        where known_population.version < excluded.version""").params(boardCode, year, ageBand, count, version).update();
    }
}
