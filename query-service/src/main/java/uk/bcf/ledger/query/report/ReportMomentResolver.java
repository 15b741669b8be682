package uk.bcf.ledger.query.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.projection.SignOffRepository;
import uk.bcf.ledger.query.projection.SignOffRow;

/**
 * Resolves a report request's {@code asOf} and {@code cutoff} into the moment its figures stand for
 * ({@link CutOffRule}). Only a current report reads the clock; a report as of a given moment does not.
 */
@Component
class ReportMomentResolver {

    private final AsOfResolver resolver;
    private final SignOffRepository signOffs;
    private final Clock clock = Clock.systemUTC();

    ReportMomentResolver(AsOfResolver resolver, SignOffRepository signOffs) {
        this.resolver = resolver;
        this.signOffs = signOffs;
    }

    ReportMoment resolve(FetchQuarterlyReportQuery request) {
        Moment requested = resolver.resolve(request.boardCode(), "asOf", request.asOf());
        boolean given = !requested.asOf().isNow();
        Instant at = given ? requested.asOf().instant() : clock.instant();
        Optional<SignOffRow> signOff = signOffs.of(request.boardCode(), requested.asOf()).stream()
                .filter(row -> row.period().equals(request.quarter()))
                .findFirst();
        LocalDate cutOff = request.cutOff() != null ? request.cutOff() : CutOffRule.defaultCutOff(at);
        Instant effective = CutOffRule.effective(at, cutOff);
        return new ReportMoment(
                effective,
                cutOff,
                signOff.filter(row -> !row.meetingDate().isAfter(cutOff)).orElse(null),
                !given && effective.equals(at));
    }
}
