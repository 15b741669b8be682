package uk.bcf.ledger.query.projection;

import static uk.bcf.ledger.query.projection.ProjectionStatement.closingEarlierRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.newRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.notes;
import static uk.bcf.ledger.query.projection.ProjectionStatement.rowsFromEarlierRows;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * Writes the {@code figure_version} table: one row per version of a plan or actual. A version is inserted only if
 * absent, with {@code system_to} already set when a later version arrived first; every earlier version still open
 * past this one's {@code system_from} is closed there. Redelivered and late events therefore leave the table as
 * an in-order delivery would. The next version is found on the primary key: versions grow with system time.
 */
@Repository
class FigureVersionWriter {

    private static final String KEY = "board_code = :board and kind = :kind and metric = :metric and period = :period";
    private static final String NEXT_VERSION_FROM = """
            (select later.system_from from read_model.figure_version later
             where later.board_code = :board and later.kind = :kind and later.metric = :metric
               and later.period = :period and later.version > :version
             order by later.version limit 1)""";
    private static final String COLUMNS = """
            board_code, kind, metric, period, financial_year, version, change, value, numerator, denominator, per_day,
            rate, percent, mean, withdrawn, recorded_by, source, reason, event_id, system_from, system_to""";
    private static final ProjectionStatement INSERT = newRows("""
            insert into read_model.figure_version (%s)
            values (:board, :kind, :metric, :period, :year, :version, :change, :value, :numerator, :denominator,
                    :perDay, :rate, :percent, :mean, false, :recordedBy, :source, :reason, :eventId, :from, %s)
            on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM));
    private static final ProjectionStatement INSERT_WITHDRAWAL =
            rowsFromEarlierRows("""
            insert into read_model.figure_version (%s)
            select :board, :kind, :metric, :period, :year, :version, :change, previous.value, previous.numerator,
                   previous.denominator, previous.per_day, previous.rate, previous.percent, previous.mean, true, :recordedBy, coalesce(:source, previous.source),
                   :reason, :eventId, :from, %s
            from (values (1)) as one
            left join lateral (select * from read_model.figure_version
                               where %s and version < :version order by version desc limit 1) previous on true
            on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM, KEY));
    private static final ProjectionStatement CLOSE_EARLIER = closingEarlierRows("""
            update read_model.figure_version set system_to = :from
            where %s and version < :version and (system_to is null or system_to > :from)""".formatted(KEY));
    private static final ProjectionStatement NOTE_PUBLISHED = notes("""
            update read_model.figure_version
            set published_value = :published, computed_value = :computed, discrepancy = :discrepancy
            where %s and version = :version""".formatted(KEY));

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    FigureVersionWriter(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void append(FigureKind kind, FigureChange change, FigureEvent event, Measurement measurement, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                INSERT,
                keyed(kind, event, stored)
                        .addValue("change", change.code())
                        .addValue("value", measurement.value())
                        .addValue("numerator", measurement.numerator())
                        .addValue("denominator", measurement.denominator())
                        .addValue("perDay", measurement.perDay())
                        .addValue("rate", measurement.rate())
                        .addValue("percent", measurement.percent())
                        .addValue("mean", measurement.mean()));
        closeEarlierVersions(kind, event, stored);
    }

    /** A withdrawal is a version that carries the withdrawn figure's components, so the history shows what went. */
    void appendWithdrawal(FigureKind kind, FigureEvent event, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                INSERT_WITHDRAWAL,
                keyed(kind, event, stored).addValue("change", FigureChange.WITHDRAWN.code()));
        closeEarlierVersions(kind, event, stored);
    }

    /** Notes a published figure on the version it was imported with; a redelivered note writes the same values. */
    void notePublished(PublishedFigureNotedEvent event) {
        writes.run(
                event.boardCode(),
                NOTE_PUBLISHED,
                new MapSqlParameterSource()
                        .addValue("board", event.boardCode())
                        .addValue("kind", event.kind().code())
                        .addValue("metric", event.metric())
                        .addValue("period", event.period().code())
                        .addValue("version", event.version())
                        .addValue("published", event.publishedValue())
                        .addValue("computed", event.computedValue())
                        .addValue("discrepancy", !event.agrees()));
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.figure_version").update();
    }

    /** Version 1 has nothing before it, which saves a statement for most events of a replay. */
    private void closeEarlierVersions(FigureKind kind, FigureEvent event, StoredEvent stored) {
        if (event.version() > 1) {
            writes.run(event.boardCode(), CLOSE_EARLIER, keyed(kind, event, stored));
        }
    }

    /** The figure's key, version, provenance and system time; the change and components are the caller's. */
    private static MapSqlParameterSource keyed(FigureKind kind, FigureEvent event, StoredEvent stored) {
        return new MapSqlParameterSource()
                .addValue("board", event.boardCode())
                .addValue("kind", kind.code())
                .addValue("metric", event.metric())
                .addValue("period", event.period().code())
                .addValue("year", event.period().financialYear().code())
                .addValue("version", event.version())
                .addValue("recordedBy", event.provenance().recordedBy())
                .addValue("source", event.provenance().source())
                .addValue("reason", event.provenance().reason())
                .addValue("eventId", stored.eventId())
                .addValue("from", SystemTime.column(stored.storedAt()));
    }
}
