package uk.bcf.ledger.shared.query;

import uk.bcf.ledger.shared.period.FinancialYear;

/** Asks for one board's plan-versus-actual view of a financial year. */
public record FetchPerformanceQuery(String boardCode, FinancialYear financialYear) {
}
