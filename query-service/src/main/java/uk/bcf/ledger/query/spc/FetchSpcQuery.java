package uk.bcf.ledger.query.spc;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.Month;

/**
 * Asks for the XmR analysis of a board's monthly actuals of a metric over a range of months, as known at a moment
 * (the figures, and the metric's definition, as they stood then).
 *
 * @param metric the metric's code
 * @param from the first month of the baseline
 * @param to   the last month of the baseline
 */
public record FetchSpcQuery(String boardCode, String metric, Month from, Month to, AsOfParameter asOf) {}
