package uk.bcf.ledger.query.readmodel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.query.performance.PopulationLookup;

/** The {@code board} and {@code population} read tables. */
@Repository
public class BoardTables {

    private final JdbcClient jdbc;

    public BoardTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A board as listed in the read model. */
    public record BoardRow(String code, String name) {
    }

    void upsertBoard(String code, String name, Instant registeredAt) {
        jdbc.sql("""
                        insert into read_model.board (code, name, registered_at) values (?, ?, ?)
                        on conflict (code) do update set name = excluded.name""")
                .params(code, name, registeredAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    void upsertPopulation(String boardCode, int year, String ageBand, long count, String source, int version) {
        jdbc.sql("""
                        insert into read_model.population (board_code, year, age_band, count, source, version)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (board_code, year, age_band) do update
                        set count = excluded.count, source = excluded.source, version = excluded.version
                        where read_model.population.version < excluded.version""")
                .params(boardCode, year, ageBand, count, source, version)
                .update();
    }

    public Optional<BoardRow> find(String code) {
        return jdbc.sql("select code, name from read_model.board where code = ?").param(code).query(BoardRow.class).optional();
    }

    public List<BoardRow> all() {
        return jdbc.sql("select code, name from read_model.board order by name").query(BoardRow.class).list();
    }

    /** The board's populations, read once, answering lookups from memory. */
    public PopulationLookup populationsOf(String boardCode) {
        record Population(int year, String ageBand, long count) {
        }
        List<Population> populations = jdbc.sql("select year, age_band, count from read_model.population where board_code = ?")
                .param(boardCode)
                .query(Population.class)
                .list();
        return (year, ageBand) -> populations.stream()
                .filter(population -> population.year() == year && population.ageBand().equals(ageBand))
                .findFirst()
                .map(population -> OptionalLong.of(population.count()))
                .orElse(OptionalLong.empty());
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.population").update();
        jdbc.sql("delete from read_model.board").update();
    }
}
