package uk.bcf.ledger.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import uk.bcf.ledger.benchmark.dataset.PopulationFigure;
import uk.bcf.ledger.benchmark.dataset.SignOff;
import uk.bcf.ledger.benchmark.dataset.SyntheticBoard;
import uk.bcf.ledger.benchmark.dataset.Withdrawal;

/** The command service's write API, as the loader and the benchmarks use it; any refusal is an error. */
public final class CommandClient {

    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(15);
    private static final int CREATED = 201;
    private static final int OK = 200;

    private final HttpJson http;

    public CommandClient(String baseUrl, Credentials credentials) {
        this.http = new HttpJson(baseUrl, credentials);
    }

    /** A stored write: the figure's new version and the event's global position. */
    public record Written(int version, long position) {}

    /** What an applied import stored. */
    public record Imported(int rows, int created, int changed, int events, long position) {}

    /** Creates a user (as an administrator) with the roles, for every board. */
    public void createUser(Credentials user, List<String> roles) {
        created(
                http.send(
                        "POST",
                        "/api/admin/users",
                        HttpJson.object(
                                "username",
                                user.user(),
                                "password",
                                user.password(),
                                "roles",
                                roles,
                                "boards",
                                List.of("*"))),
                "user " + user.user());
    }

    public void register(SyntheticBoard board) {
        created(
                http.send("POST", "/api/boards", HttpJson.object("code", board.code(), "name", board.name())),
                "register " + board.code());
    }

    public void record(PopulationFigure population) {
        created(
                http.send(
                        "POST",
                        "/api/boards/" + population.board() + "/populations",
                        HttpJson.object(
                                "year",
                                population.year(),
                                "ageBand",
                                population.ageBand(),
                                "count",
                                population.count(),
                                "source",
                                population.source())),
                "population of " + population.board());
    }

    public void signOff(SignOff signOff) {
        created(
                http.send(
                        "POST",
                        "/api/boards/" + signOff.board() + "/sign-offs",
                        HttpJson.object(
                                "period",
                                signOff.quarter(),
                                "meetingDate",
                                signOff.meetingDate().toString(),
                                "signedOffBy",
                                signOff.signedOffBy())),
                "sign-off of " + signOff.board() + " " + signOff.quarter());
    }

    public void withdraw(Withdrawal withdrawal) {
        created(
                http.send(
                        "DELETE",
                        "/api/boards/%s/actuals/%s/%s"
                                .formatted(withdrawal.board(), withdrawal.metric(), withdrawal.period()),
                        HttpJson.object("reason", withdrawal.reason())),
                "withdrawal of " + withdrawal);
    }

    /** Records a count actual (a single-figure POST). */
    public Written recordActual(String board, String metric, String period, long value) {
        JsonNode body = created(
                http.send(
                        "POST",
                        "/api/boards/" + board + "/actuals",
                        HttpJson.object("metric", metric, "period", period, "value", value, "source", "benchmark")),
                "actual " + board + " " + metric + " " + period);
        return new Written(body.get("version").asInt(), body.get("position").asLong());
    }

    /** Imports a CSV file through {@code POST /api/imports}; a refused file is an error naming its first refusals. */
    public Imported importFile(String csv) {
        HttpJson.Response response = http.postCsv("/api/imports", csv, IMPORT_TIMEOUT);
        if (response.status() != OK) {
            throw new IllegalStateException("import answered " + response.status() + ": " + response.snippet());
        }
        JsonNode report = response.json();
        JsonNode totals = report.get("totals");
        return new Imported(
                totals.get("rows").asInt(),
                totals.get("new").asInt(),
                totals.get("changed").asInt(),
                totals.get("events").asInt(),
                report.path("position").asLong(-1));
    }

    private static JsonNode created(HttpJson.Response response, String what) {
        if (response.status() != CREATED) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.snippet());
        }
        return response.json();
    }
}
