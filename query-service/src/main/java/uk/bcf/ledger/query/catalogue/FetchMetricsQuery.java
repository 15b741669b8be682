package uk.bcf.ledger.query.catalogue;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Asks for the metrics of the catalogue, as defined at a moment: those in force in a financial year (plans may be
 * set), or every metric when {@code year} is null.
 */
public record FetchMetricsQuery(FinancialYear year, AsOfParameter asOf) {}
