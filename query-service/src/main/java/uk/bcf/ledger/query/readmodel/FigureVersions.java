package uk.bcf.ledger.query.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.query.FigureKind;

/**
 * Writes the {@code figure_version} table: one row per version of a plan or actual. A version is inserted only if
 * absent, with {@code system_to} already set when a later version arrived first; every earlier version still open
 * past this one's {@code system_from} is closed there. Redelivered and late events therefore leave the table as
 * an in-order delivery would.
 */
@Repository
class FigureVersions {

    private static final String KEY = "board_code = :board and kind = :kind and metric = :metric and period = :period";
    private static final String NEXT_VERSION_FROM = """
            (select min(later.system_from) from read_model.figure_version later
             where later.board_code = :board and later.kind = :kind and later.metric = :metric
               and later.period = :period and later.version > :version)""";
    private static final String COLUMNS = """
            board_code, kind, metric, period, financial_year, version, change, value, numerator, denominator, per_day,
            withdrawn, recorded_by, source, reason, event_id, system_from, system_to""";

    private final JdbcClient jdbc;

    FigureVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(FigureKind kind, FigureChange change, FigureEvent event, Measurement measurement, StoredEvent stored) {
        keyed("""
                insert into read_model.figure_version (%s)
                values (:board, :kind, :metric, :period, :year, :version, :change, :value, :numerator, :denominator,
                        :perDay, false, :recordedBy, :source, :reason, :eventId, :from, %s)
                on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM), kind, event, stored)
                .param("change", change.code())
                .param("value", measurement.value())
                .param("numerator", measurement.numerator())
                .param("denominator", measurement.denominator())
                .param("perDay", measurement.perDay())
                .update();
        closeEarlierVersions(kind, event, stored);
    }

    /** A withdrawal is a version that carries the withdrawn figure's components, so the history shows what went. */
    void appendWithdrawal(FigureKind kind, FigureEvent event, StoredEvent stored) {
        keyed("""
                insert into read_model.figure_version (%s)
                select :board, :kind, :metric, :period, :year, :version, :change, previous.value, previous.numerator,
                       previous.denominator, previous.per_day, true, :recordedBy, coalesce(:source, previous.source),
                       :reason, :eventId, :from, %s
                from (values (1)) as one
                left join lateral (select * from read_model.figure_version
                                   where %s and version < :version order by version desc limit 1) previous on true
                on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM, KEY), kind, event, stored)
                .param("change", FigureChange.WITHDRAWN.code())
                .update();
        closeEarlierVersions(kind, event, stored);
    }

    /** Notes a published figure on the version it was imported with; a redelivered note writes the same values. */
    void notePublished(PublishedFigureNotedEvent event) {
        jdbc.sql("""
                        update read_model.figure_version
                        set published_value = :published, computed_value = :computed, discrepancy = :discrepancy
                        where %s and version = :version""".formatted(KEY))
                .param("board", event.boardCode())
                .param("kind", event.kind().code())
                .param("metric", event.metric())
                .param("period", event.period().code())
                .param("version", event.version())
                .param("published", event.publishedValue())
                .param("computed", event.computedValue())
                .param("discrepancy", !event.agrees())
                .update();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.figure_version").update();
    }

    /** Version 1 has nothing before it, which saves a statement for most events of a replay. */
    private void closeEarlierVersions(FigureKind kind, FigureEvent event, StoredEvent stored) {
        if (event.version() == 1) {
            return;
        }
        keyed("""
                update read_model.figure_version set system_to = :from
                where %s and version < :version and (system_to is null or system_to > :from)""".formatted(KEY),
                kind, event, stored)
                .update();
    }

    /** The statement with the figure's key, version, provenance and system time bound; the change is the caller's. */
    private StatementSpec keyed(String sql, FigureKind kind, FigureEvent event, StoredEvent stored) {
        return jdbc.sql(sql)
                .param("board", event.boardCode())
                .param("kind", kind.code())
                .param("metric", event.metric())
                .param("period", event.period().code())
                .param("year", event.period().financialYear().code())
                .param("version", event.version())
                .param("recordedBy", event.provenance().recordedBy())
                .param("source", event.provenance().source())
                .param("reason", event.provenance().reason())
                .param("eventId", stored.eventId())
                .param("from", SystemTime.column(stored.storedAt()));
    }
}
